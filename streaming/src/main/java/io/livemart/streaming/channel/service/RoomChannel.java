package io.livemart.streaming.channel.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.events.GiftSent;
import io.livemart.streaming.channel.ChannelConfig;
import io.livemart.streaming.channel.ChannelRefusal;
import io.livemart.streaming.channel.Lottery;
import io.livemart.streaming.channel.RoomBus;
import io.livemart.streaming.channel.RoomStore;
import io.livemart.streaming.channel.api.LotteryView;
import io.livemart.streaming.room.RoomCaller;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import io.livemart.streaming.show.service.ShowService;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The room's real-time channel on the show's socket (beside signalling): comments, likes, gifts, the pinned product,
 * lotteries and comment-floor contests, and what a newcomer sees at once. Every accepted message becomes an event on
 * the room's Redis channel ({@link RoomBus}), which every instance delivers to its viewers in batches.
 * <p>
 * In: {@code comment {text}}, {@code like {taps}}, {@code gift {code, quantity}}, and for the show's anchor (or staff)
 * {@code pin {productId}}, {@code unpin}, {@code lottery-open {rule: keyword|follows, keyword, winners}},
 * {@code lottery-close}, {@code floor-open {nth | every}}, {@code floor-close}; for viewers {@code lottery-enter}.
 * Out (direct): {@code state {...}} after {@code hello}, {@code error {code, message, about}}, {@code muted {until}},
 * {@code banned} then a close (1008). Out (inside {@code batch {events}}): {@code comment {id, user{id,name}, text, at,
 * anchor, floor?}}, {@code comment-deleted {id}}, {@code likes {total}}, {@code viewers {count, unique}},
 * {@code gift {...}}, {@code pinned {card}}, {@code unpinned}, {@code stock {productId, skuId, left}},
 * {@code sale-opened}, {@code sale-sold-out}, {@code sale-closed}, {@code lottery-opened}, {@code lottery-drawn},
 * {@code floor-opened}, {@code floor-won}, {@code floor-closed}. Text is sent as text: pages render it with
 * {@code textContent}, never as HTML.
 */
@ApplicationScoped
public class RoomChannel {

    private static final Logger LOG = Logger.getLogger(RoomChannel.class);

    @Inject
    ChannelConfig config;

    @Inject
    RoomStore store;

    @Inject
    RoomBus bus;

    @Inject
    ShowService shows;

    @Inject
    GiftService gifts;

    @Inject
    LotteryService lotteries;

    @Inject
    PinService pins;

    @Inject
    Moderation moderation;

    /** Anchor of each show with viewers here (the floor does not count the anchor's own comments). */
    private final Map<UUID, String> anchors = new ConcurrentHashMap<>();

    // ------------------------------------------------------------------ joining

    /** Refuses a banned user (error frame, then a close with the reason); answers whether the socket may stay. */
    public boolean admit(WebSocketConnection connection, RoomCaller caller, UUID showId) {
        if (!caller.anonymous() && store.banned(showId, caller.id())) {
            send(connection, error("forbidden", "You are banned from this room.", "hello"));
            connection.close(new CloseReason(RoomBus.POLICY, "You are banned from this room.")).await().atMost(Duration.ofSeconds(5));
            return false;
        }
        return true;
    }

    /** The socket joins the room's fan-out and presence; it receives the room's state at once. */
    public void join(WebSocketConnection connection, RoomCaller caller, Show show) {
        anchors.put(show.id, show.anchorId);
        RoomStore.Counts counts = bus.add(connection, caller, show.id);
        if (counts != null) {
            try {
                shows.recordViewers(show.id, (int) counts.concurrent());
            } catch (RuntimeException e) {
                LOG.debugf("Could not record the viewer count of show %s: %s", show.id, e.getMessage());
            }
        }
        bus.ready(connection, state(show.id).encode());
    }

    public void leave(WebSocketConnection connection) {
        bus.remove(connection);
    }

    /** What a newcomer needs at once. */
    public JsonObject state(UUID showId) {
        RoomStore.Counts counts = store.presence(showId, "sweep", List.of());
        JsonObject state = new JsonObject().put("type", "state")
                .put("comments", new JsonArray(new ArrayList<>(store.history(showId))))
                .put("likes", store.likes(showId))
                .put("viewers", new JsonObject().put("count", counts.concurrent()).put("unique", counts.unique()));
        store.get(showId, "pin").ifPresentOrElse(pin -> {
            try {
                state.put("pinned", pins.card(showId, UUID.fromString(pin.getString("productId"))));
            } catch (RuntimeException e) {
                state.putNull("pinned");
            }
        }, () -> state.putNull("pinned"));
        store.get(showId, "sale").ifPresentOrElse(sale -> state.put("sale", withCountdown(sale)), () -> state.putNull("sale"));
        store.get(showId, "lottery").ifPresentOrElse(l -> state.put("lottery", l), () -> state.putNull("lottery"));
        store.floor(showId).ifPresentOrElse(f -> state.put("floor", f), () -> state.putNull("floor"));
        return state;
    }

    /** A sale with the seconds left now (pages count down from there). */
    public static JsonObject withCountdown(JsonObject sale) {
        long left = Math.max(0, Duration.between(Instant.now(), Instant.parse(sale.getString("endsAt"))).toSeconds());
        return sale.copy().put("secondsLeft", left);
    }

    // ------------------------------------------------------------------ messages

    /** Handles a channel message; answers false for a type it does not know. Refusals are thrown. */
    public boolean handle(WebSocketConnection connection, RoomCaller caller, UUID showId, String type, JsonObject m) {
        switch (type) {
            case "comment" -> comment(caller, showId, m);
            case "like" -> like(caller, showId, m);
            case "gift" -> gift(caller, showId, m);
            case "pin" -> pin(caller, showId, m);
            case "unpin" -> unpin(caller, showId);
            case "lottery-open" -> lotteryOpen(caller, showId, m);
            case "lottery-enter" -> lotteryEnter(connection, caller, showId);
            case "lottery-close" -> lotteryClose(caller, showId);
            case "floor-open" -> floorOpen(caller, showId, m);
            case "floor-close" -> floorClose(caller, showId);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void comment(RoomCaller caller, UUID showId, JsonObject m) {
        speaker(caller, showId, "comment");
        if (!(m.getValue("text") instanceof String raw)) {
            throw new InvalidRequestException("comment: 'text' (a string) is required.");
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("comment: the text is empty.");
        }
        if (text.codePointCount(0, text.length()) > config.maxCommentLength()) {
            throw new InvalidRequestException("comment: longer than " + config.maxCommentLength() + " characters.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidRequestException("comment: control characters are not allowed.");
        }
        moderation.checkWords(showId, text);
        if (!store.withinLimit(showId, "comment", caller.id(), config.commentsPerWindow())) {
            throw new ChannelRefusal("too-many-requests", "Slow down: at most " + config.commentsPerWindow()
                    + " comments every " + config.rateWindow().toSeconds() + " s.");
        }
        String anchorId = anchorOf(showId);
        boolean byAnchor = caller.id().equals(anchorId);
        JsonObject comment = new JsonObject().put("type", "comment")
                .put("user", new JsonObject().put("id", caller.id()).put("name", caller.name()))
                .put("text", text).put("at", Instant.now().toString()).put("anchor", byAnchor);
        // The entry is recorded before the comment is shown: whoever sees the comment may rely on the entry.
        store.get(showId, "lottery").ifPresent(lottery -> {
            String keyword = lottery.getString("keyword");
            if ("keyword".equals(lottery.getString("rule")) && keyword != null && !byAnchor
                    && text.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT))) {
                lotteries.enterByComment(UUID.fromString(lottery.getString("lotteryId")), caller.id(), caller.name());
            }
        });
        RoomStore.Numbered numbered = store.comment(showId, comment, !byAnchor);
        if (numbered.won()) {
            bus.publishQuietly(showId, new JsonObject().put("type", "floor-won").put("contestId", numbered.contestId())
                    .put("number", numbered.floorCount()).put("commentId", numbered.id())
                    .put("user", comment.getJsonObject("user")));
        }
    }

    private void like(RoomCaller caller, UUID showId, JsonObject m) {
        speaker(caller, showId, "like");
        Object taps = m.getValue("taps", 1);
        if (!(taps instanceof Integer n) || n < 1 || n > 50) {
            throw new InvalidRequestException("like: 'taps' must be a whole number from 1 to 50.");
        }
        if (!store.withinLimit(showId, "tap", caller.id(), config.tapsPerWindow())) {
            throw new ChannelRefusal("too-many-requests", "Slow down: too many likes at once.");
        }
        bus.likes(showId, store.addLikes(showId, n));
    }

    private void gift(RoomCaller caller, UUID showId, JsonObject m) {
        speaker(caller, showId, "gift");
        if (!(m.getValue("code") instanceof String code)) {
            throw new InvalidRequestException("gift: 'code' (a gift of the catalog) is required.");
        }
        Object quantity = m.getValue("quantity", 1);
        if (!(quantity instanceof Integer q)) {
            throw new InvalidRequestException("gift: 'quantity' must be a whole number.");
        }
        if (!store.withinLimit(showId, "tap", caller.id(), config.tapsPerWindow())) {
            throw new ChannelRefusal("too-many-requests", "Slow down: too many gifts at once.");
        }
        GiftSent sent = gifts.send(showId, caller.id(), code, q);
        store.addGifts(showId, q);
        bus.publishQuietly(showId, new JsonObject().put("type", "gift").put("giftId", sent.giftId().toString())
                .put("user", new JsonObject().put("id", caller.id()).put("name", caller.name()))
                .put("code", sent.giftCode()).put("name", gifts.giftName(sent.giftCode())).put("quantity", q)
                .put("total", PinService.money(sent.total())));
    }

    private void pin(RoomCaller caller, UUID showId, JsonObject m) {
        host(caller, showId, "pin");
        UUID productId;
        try {
            productId = UUID.fromString(String.valueOf(m.getValue("productId")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("pin: 'productId' must be a product id.");
        }
        JsonObject card = pins.card(showId, productId);
        store.put(showId, "pin", new JsonObject().put("productId", productId.toString()));
        bus.publishQuietly(showId, new JsonObject().put("type", "pinned").put("card", card));
    }

    private void unpin(RoomCaller caller, UUID showId) {
        host(caller, showId, "unpin");
        store.put(showId, "pin", null);
        bus.publishQuietly(showId, new JsonObject().put("type", "unpinned"));
    }

    private void lotteryOpen(RoomCaller caller, UUID showId, JsonObject m) {
        signedIn(caller, "lottery-open");
        Object winners = m.getValue("winners", 1);
        if (!(winners instanceof Integer w)) {
            throw new InvalidRequestException("lottery-open: 'winners' must be a whole number.");
        }
        Lottery lottery = lotteries.open(showId, caller.id(), caller.staff(), String.valueOf(m.getValue("rule")),
                m.getValue("keyword") instanceof String k ? k : null, w);
        JsonObject open = new JsonObject().put("lotteryId", lottery.id.toString())
                .put("rule", lottery.rule.name().toLowerCase(Locale.ROOT)).put("keyword", lottery.keyword)
                .put("winners", lottery.winnersCount).put("seedHash", lottery.seedHash);
        store.put(showId, "lottery", open);
        bus.publishQuietly(showId, open.copy().put("type", "lottery-opened"));
    }

    private void lotteryEnter(WebSocketConnection connection, RoomCaller caller, UUID showId) {
        signedIn(caller, "lottery-enter");
        boolean added = lotteries.enter(showId, caller.id(), caller.name());
        send(connection, new JsonObject().put("type", "lottery-entered").put("new", added));
    }

    private void lotteryClose(RoomCaller caller, UUID showId) {
        signedIn(caller, "lottery-close");
        LotteryView drawn = lotteries.close(showId, caller.id(), caller.staff());
        store.put(showId, "lottery", null);
        JsonArray winners = new JsonArray();
        drawn.winners().forEach(w -> winners.add(new JsonObject().put("id", w.userId()).put("name", w.name())));
        bus.publishQuietly(showId, new JsonObject().put("type", "lottery-drawn").put("lotteryId", drawn.id().toString())
                .put("entrants", drawn.entrants().size()).put("winners", winners).put("seed", drawn.seed())
                .put("seedHash", drawn.seedHash()).put("verify", "/api/lotteries/" + drawn.id()));
    }

    private void floorOpen(RoomCaller caller, UUID showId, JsonObject m) {
        host(caller, showId, "floor-open");
        int nth = m.getValue("nth") instanceof Integer n ? n : 0;
        int every = m.getValue("every") instanceof Integer e ? e : 0;
        if ((nth > 0) == (every > 0) || nth < 0 || every < 0 || nth > 1_000_000 || every > 1_000_000) {
            throw new InvalidRequestException("floor-open: give either 'nth' or 'every', a whole number from 1.");
        }
        String contestId = UUID.randomUUID().toString();
        store.openFloor(showId, contestId, nth, every);
        bus.publishQuietly(showId, new JsonObject().put("type", "floor-opened").put("contestId", contestId)
                .put("nth", nth).put("every", every));
    }

    private void floorClose(RoomCaller caller, UUID showId) {
        host(caller, showId, "floor-close");
        JsonObject floor = store.floor(showId).orElseThrow(() -> new ConflictException("No comment-floor contest is open."));
        store.closeFloor(showId);
        bus.publishQuietly(showId, new JsonObject().put("type", "floor-closed").put("contestId", floor.getString("contestId")));
    }

    // ------------------------------------------------------------------ rules

    private static void signedIn(RoomCaller caller, String about) {
        if (caller.anonymous()) {
            throw new ForbiddenException("Log in to " + about.replace('-', ' ') + "; anonymous viewers can only watch.");
        }
    }

    /** May speak in the room: signed in, not muted. */
    private void speaker(RoomCaller caller, UUID showId, String about) {
        signedIn(caller, about);
        store.mutedUntil(showId, caller.id()).ifPresent(until -> {
            throw new ChannelRefusal("muted", "You are muted in this room until " + until + ".");
        });
    }

    /** The show's anchor or staff. */
    private void host(RoomCaller caller, UUID showId, String about) {
        signedIn(caller, about);
        if (!caller.staff() && !caller.id().equals(anchorOf(showId))) {
            throw new ForbiddenException("Only the show's anchor may " + about.replace('-', ' ') + ".");
        }
        Show show = shows.get(showId);
        if (show.status == ShowStatus.ENDED) {
            throw new ConflictException("The show has ended.");
        }
    }

    private String anchorOf(UUID showId) {
        return anchors.computeIfAbsent(showId, id -> shows.get(id).anchorId);
    }

    static JsonObject error(String code, String message, String about) {
        return new JsonObject().put("type", "error").put("code", code).put("message", message).put("about", about);
    }

    private static void send(WebSocketConnection connection, JsonObject message) {
        if (connection.isOpen()) {
            connection.sendText(message.encode()).subscribe().with(ok -> { }, err -> { });
        }
    }
}
