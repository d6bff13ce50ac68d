package io.livemart.streaming.channel.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.events.GiftSent;
import io.livemart.core.money.Money;
import io.livemart.core.security.CurrentUser;
import io.livemart.streaming.channel.Gift;
import io.livemart.streaming.channel.SentGift;
import io.livemart.streaming.channel.api.GiftView;
import io.livemart.streaming.channel.api.SponsorshipView;
import io.livemart.streaming.channel.persistence.GiftRepository;
import io.livemart.streaming.channel.persistence.GiftSentRepository;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import io.livemart.streaming.show.service.ShowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The gift catalog, and gifts sent in shows recorded as sponsorship income of the show and its anchor. */
@ApplicationScoped
@Transactional
public class GiftService {

    public static final int MAX_QUANTITY = 99;

    @Inject
    GiftRepository gifts;

    @Inject
    GiftSentRepository sent;

    @Inject
    ShowService shows;

    @Inject
    CurrentUser user;

    @Inject
    Event<GiftSent> giftSent;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GiftView> catalog() {
        return gifts.listAll(io.quarkus.panache.common.Sort.by("position")).stream().map(GiftView::of).toList();
    }

    /** Records a gift from a viewer of a live show; the event carries it to the show's profit and loss. */
    public GiftSent send(UUID showId, String senderId, String code, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidRequestException("gift: 'quantity' must be between 1 and " + MAX_QUANTITY + ".");
        }
        Gift gift = gifts.findByIdOptional(code == null ? "" : code).orElseThrow(() ->
                new InvalidRequestException("gift: no gift '" + code + "' in the catalog."));
        Show show = shows.get(showId);
        if (show.status != ShowStatus.LIVE && show.status != ShowStatus.INTERRUPTED) {
            throw new ConflictException("Gifts can be sent while the show is live.");
        }
        if (show.anchorId.equals(senderId)) {
            throw new InvalidRequestException("gift: the anchor cannot send gifts to their own show.");
        }
        SentGift row = new SentGift();
        row.id = UUID.randomUUID();
        row.showId = showId;
        row.anchorId = show.anchorId;
        row.senderId = senderId;
        row.giftCode = gift.code;
        row.quantity = quantity;
        row.unitPrice = gift.price;
        row.total = gift.price.multiply(BigDecimal.valueOf(quantity));
        row.currency = gift.currency;
        row.sentAt = Instant.now();
        sent.persist(row);
        GiftSent event = new GiftSent(row.id, showId, show.anchorId, senderId, gift.code, quantity,
                new Money(row.unitPrice, row.currency), new Money(row.total, row.currency), row.sentAt);
        giftSent.fire(event);
        return event;
    }

    public String giftName(String code) {
        return gifts.findByIdOptional(code).map(g -> g.name).orElse(code);
    }

    /** A show's sponsorship income: its anchor or staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SponsorshipView sponsorship(UUID showId) {
        Show show = shows.get(showId);
        user.requireOwnerOrStaff(show.anchorId, "show");
        List<SponsorshipView.Total> totals = new ArrayList<>();
        long count = 0;
        for (Object[] row : sent.totals(showId)) {
            long n = ((Number) row[1]).longValue();
            count += n;
            totals.add(new SponsorshipView.Total(n, new Money((BigDecimal) row[2], ((String) row[0]).trim())));
        }
        return new SponsorshipView(showId, show.anchorId, count, totals);
    }
}
