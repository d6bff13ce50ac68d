package io.livemart.streaming.channel.service;

import io.livemart.core.events.FlashSaleClosed;
import io.livemart.core.events.FlashSaleOpened;
import io.livemart.core.events.FlashSaleSoldOut;
import io.livemart.core.events.OrderCancelled;
import io.livemart.core.events.OrderPlaced;
import io.livemart.core.events.ShowEnded;
import io.livemart.core.events.ShowFiguresRecorded;
import io.livemart.streaming.channel.RoomBus;
import io.livemart.streaming.channel.RoomStore;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.service.ShowService;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * What other modules' events mean for the room: flash sales announced with their countdown and sold-out notice, the
 * pinned card's stock kept live as orders come and go, buyers counted for the show's figures, and the figures
 * themselves recorded when the show ends ({@link ShowFiguresRecorded}). Announcements are made after the change
 * commits, off the caller's thread, so a buyer never waits for the room.
 */
@ApplicationScoped
public class RoomAnnouncer {

    private static final Logger LOG = Logger.getLogger(RoomAnnouncer.class);

    @Inject
    RoomStore store;

    @Inject
    RoomBus bus;

    @Inject
    PinService pins;

    @Inject
    ShowService shows;

    @Inject
    Event<ShowFiguresRecorded> figures;

    /** Shows and products whose stock announcement is queued and not started yet. */
    private final Set<String> stockQueued = ConcurrentHashMap.newKeySet();

    void saleOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlashSaleOpened e) {
        later(e.showId(), () -> {
            JsonObject sale = new JsonObject().put("saleId", e.saleId().toString()).put("productId", e.productId().toString())
                    .put("skuId", e.skuId().toString()).put("quantity", e.quantity()).put("price", PinService.money(e.price()))
                    .put("perBuyerLimit", e.perBuyerLimit()).put("endsAt", e.endsAt().toString()).put("soldOut", false);
            store.put(e.showId(), "sale", sale);
            bus.publishQuietly(e.showId(), RoomChannel.withCountdown(sale).put("type", "sale-opened"));
        });
    }

    void saleSoldOut(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlashSaleSoldOut e) {
        later(e.showId(), () -> {
            store.get(e.showId(), "sale").filter(s -> e.saleId().toString().equals(s.getString("saleId")))
                    .ifPresent(s -> store.put(e.showId(), "sale", s.put("soldOut", true)));
            bus.publishQuietly(e.showId(), new JsonObject().put("type", "sale-sold-out").put("saleId", e.saleId().toString()));
        });
    }

    void saleClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlashSaleClosed e) {
        later(e.showId(), () -> {
            store.get(e.showId(), "sale").filter(s -> e.saleId().toString().equals(s.getString("saleId")))
                    .ifPresent(s -> store.put(e.showId(), "sale", null));
            bus.publishQuietly(e.showId(), new JsonObject().put("type", "sale-closed").put("saleId", e.saleId().toString())
                    .put("soldUnits", e.soldUnits()).put("reason", e.reason()));
        });
    }

    void orderPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced e) {
        if (e.showId() == null) {
            return;
        }
        try {
            store.addBuyer(e.showId(), e.buyerId()); // at once: the show's figures may be taken right after
        } catch (RuntimeException ex) {
            LOG.warnf("Could not count a buyer of show %s: %s", e.showId(), ex.toString());
        }
        stockChangedLater(e.showId(), e.productId());
    }

    void orderCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCancelled e) {
        if (e.showId() != null) {
            stockChangedLater(e.showId(), e.productId());
        }
    }

    /** In the transaction that ends the show: its figures as the channel measured them. */
    void showEnded(@Observes ShowEnded e) {
        try {
            RoomStore.Counts counts = store.presence(e.showId(), "sweep", List.of());
            Show show = shows.get(e.showId());
            long minutes = show.startedAt == null || show.endedAt == null ? 0
                    : Duration.between(show.startedAt, show.endedAt).toMinutes();
            long engagements = store.comments(e.showId()) + store.likes(e.showId()) + store.gifts(e.showId());
            figures.fire(new ShowFiguresRecorded(e.showId(), e.anchorId(), show.endedAt, minutes,
                    store.viewerMillis(e.showId()) / 60_000, counts.unique(), engagements, store.buyers(e.showId())));
        } catch (RuntimeException ex) {
            // The show ends anyway; its figures are missing from the tiers rather than the show stuck live.
            LOG.warnf("Could not record the figures of show %s: %s", e.showId(), ex.toString());
        }
    }

    void showEndedAfter(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShowEnded e) {
        later(e.showId(), () -> {
            store.put(e.showId(), "pin", null);
            store.put(e.showId(), "sale", null);
            store.closeFloor(e.showId());
            bus.publishQuietly(e.showId(), new JsonObject().put("type", "ended"));
        });
    }

    /**
     * Announces a product's stock after an order or a cancellation, at most one announcement queued per show and
     * product: a flash sale's thousand orders in a second do not read the catalog and publish a thousand times. The
     * key is released when the announcement starts, so a change committed while it runs gets one of its own: the last
     * stock is always announced.
     */
    private void stockChangedLater(UUID showId, UUID productId) {
        String key = showId + "/" + productId;
        if (stockQueued.add(key)) {
            try {
                later(showId, () -> {
                    stockQueued.remove(key);
                    stockChanged(showId, productId);
                });
            } catch (RuntimeException ex) { // not queued (the pool is shutting down): the next change may try again
                stockQueued.remove(key);
                throw ex;
            }
        }
    }

    private void stockChanged(UUID showId, UUID productId) {
        store.get(showId, "pin").filter(p -> productId != null && productId.toString().equals(p.getString("productId")))
                .ifPresent(p -> pins.stock(showId, productId).forEach(s -> bus.publishQuietly(showId, (JsonObject) s)));
    }

    private static void later(UUID showId, Runnable task) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                task.run();
            } catch (RuntimeException ex) {
                LOG.warnf("Could not announce in the room of show %s: %s", showId, ex.toString());
            }
        });
    }
}
