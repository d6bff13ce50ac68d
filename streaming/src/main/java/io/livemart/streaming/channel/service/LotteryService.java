package io.livemart.streaming.channel.service;

import io.livemart.core.anchor.Follows;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.streaming.channel.Lottery;
import io.livemart.streaming.channel.LotteryDraw;
import io.livemart.streaming.channel.api.LotteryView;
import io.livemart.streaming.channel.persistence.LotteryRepository;
import io.livemart.streaming.channel.persistence.LotteryRepository.Person;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import io.livemart.streaming.show.service.ShowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lotteries in a show: opened by its anchor with a rule, entered by viewers, drawn verifiably (see {@link LotteryDraw}). */
@ApplicationScoped
@Transactional
public class LotteryService {

    /** How entrants are ordered before the draw: ascending UTF-8 bytes of the user id. */
    public static final Comparator<String> ENTRANT_ORDER = Comparator.comparing(
            (String id) -> id.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

    @Inject
    LotteryRepository lotteries;

    @Inject
    ShowService shows;

    @Inject
    Follows follows;

    public Lottery open(UUID showId, String callerId, boolean staff, String rule, String keyword, int winners) {
        Show show = requireHost(showId, callerId, staff);
        if (show.status != ShowStatus.LIVE && show.status != ShowStatus.INTERRUPTED) {
            throw new ConflictException("A lottery can be opened while the show is live.");
        }
        Lottery.Rule parsed;
        try {
            parsed = Lottery.Rule.valueOf(String.valueOf(rule).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("lottery-open: 'rule' must be 'keyword' or 'follows'.");
        }
        if (winners < 1 || winners > 100) {
            throw new InvalidRequestException("lottery-open: 'winners' must be between 1 and 100.");
        }
        String word = keyword == null ? null : keyword.strip();
        if (parsed == Lottery.Rule.KEYWORD && (word == null || word.isEmpty() || word.length() > 64)) {
            throw new InvalidRequestException("lottery-open: a keyword (1 to 64 characters) is required for the keyword rule.");
        }
        if (lotteries.open(showId).isPresent()) {
            throw new ConflictException("A lottery is already open in this show; close it first.");
        }
        Lottery lottery = new Lottery();
        lottery.id = UUID.randomUUID();
        lottery.showId = showId;
        lottery.anchorId = show.anchorId;
        lottery.rule = parsed;
        lottery.keyword = parsed == Lottery.Rule.KEYWORD ? word : null;
        lottery.winnersCount = winners;
        lottery.status = Lottery.Status.OPEN;
        lottery.seed = LotteryDraw.newSeed();
        lottery.seedHash = LotteryDraw.sha256Hex(lottery.seed);
        lottery.openedAt = Instant.now();
        lotteries.persist(lottery);
        return lottery;
    }

    /** A viewer asks to enter: for the follows rule, only followers of the anchor. Answers whether the entry is new. */
    public boolean enter(UUID showId, String userId, String name) {
        Lottery lottery = lotteries.open(showId).orElseThrow(() -> new ConflictException("No lottery is open in this show."));
        if (lottery.rule == Lottery.Rule.KEYWORD) {
            throw new ConflictException("This lottery is entered by commenting its keyword: " + lottery.keyword);
        }
        if (userId.equals(lottery.anchorId)) {
            throw new ForbiddenException("The anchor cannot enter their own lottery.");
        }
        if (!follows.isFollowing(userId, lottery.anchorId)) {
            throw new ForbiddenException("This lottery is for the anchor's followers: follow the anchor to enter.");
        }
        return lotteries.enter(lottery.id, userId, name);
    }

    /** A comment that holds the keyword of the open keyword lottery enters its author. */
    public boolean enterByComment(UUID lotteryId, String userId, String name) {
        return lotteries.enter(lotteryId, userId, name);
    }

    /** Closes the open lottery and draws its winners. */
    public LotteryView close(UUID showId, String callerId, boolean staff) {
        requireHost(showId, callerId, staff);
        Lottery lottery = lotteries.open(showId).orElseThrow(() -> new ConflictException("No lottery is open in this show."));
        lottery.status = Lottery.Status.DRAWN;
        lottery.drawnAt = Instant.now();
        List<Person> entrants = lotteries.entrants(lottery.id);
        Map<String, Person> byId = entrants.stream().collect(Collectors.toMap(Person::userId, Function.identity()));
        List<String> ids = entrants.stream().map(Person::userId).sorted(ENTRANT_ORDER).toList();
        List<String> won = LotteryDraw.draw(lottery.seed, ids, lottery.winnersCount);
        for (int i = 0; i < won.size(); i++) {
            lotteries.addWinner(lottery.id, i + 1, byId.get(won.get(i)));
        }
        lotteries.flush();
        return view(lottery);
    }

    /** Anyone may see a lottery; the seed only once drawn. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LotteryView get(UUID id) {
        return view(lotteries.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No such lottery.")));
    }

    private LotteryView view(Lottery lottery) {
        boolean drawn = lottery.status == Lottery.Status.DRAWN;
        List<LotteryView.Entrant> entrants = lotteries.entrants(lottery.id).stream()
                .sorted(Comparator.comparing(Person::userId, ENTRANT_ORDER))
                .map(p -> new LotteryView.Entrant(p.userId(), p.name())).toList();
        List<LotteryView.Entrant> winners = lotteries.winners(lottery.id).stream()
                .map(p -> new LotteryView.Entrant(p.userId(), p.name())).toList();
        return new LotteryView(lottery.id, lottery.showId, lottery.rule.name().toLowerCase(Locale.ROOT), lottery.keyword,
                lottery.winnersCount, lottery.status.name(), lottery.seedHash, drawn ? lottery.seed : null,
                lottery.openedAt, lottery.drawnAt, entrants, winners, LotteryView.ALGORITHM);
    }

    private Show requireHost(UUID showId, String callerId, boolean staff) {
        Show show = shows.get(showId);
        if (!staff && !show.anchorId.equals(callerId)) {
            throw new ForbiddenException("Only the show's anchor runs its lotteries.");
        }
        return show;
    }
}
