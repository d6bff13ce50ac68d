package io.livemart.orders.stock;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * How an open sale lot's units are counted and reserved. Two implementations, chosen for new flash sales by
 * {@code orders.flash-sale.stock-strategy} and recorded on each lot ({@link SaleLot#stockStrategy}), so that any
 * instance handles any lot the way it was opened (ADR 0016):
 * <ul>
 * <li>{@link RedisStockStrategy} ("redis", the default): a live counter in Redis changed by atomic Lua scripts,
 * with refusals answered from Redis alone before any transaction (ADR 0002, 0010);</li>
 * <li>{@link SqlStockStrategy} ("sql"): the baseline written the way common shops do it, a per-buyer count query and
 * {@code UPDATE … SET units_left = units_left - n WHERE units_left >= n} in the order's transaction.</li>
 * </ul>
 * Everything else of a buy (endpoint, authentication, validation, idempotency, the order) is the same code for both;
 * {@link SaleLots} dispatches to the lot's strategy. Line-up lots are always counted in Redis.
 */
public interface StockStrategy {

    /** The strategies, as configured ({@code redis}, {@code sql}) and as recorded on lots. */
    enum Name {
        REDIS, SQL
    }

    /** What one reconciliation of an open lot found and did: units left before and after, orphans, units oversold. */
    record Check(long leftBefore, long leftAfter, long orphaned, long oversold, String action) {
    }

    Name name();

    /**
     * Refuses (fails with a 409) a flash-sale buy that the counters already answer, sold out or over the buyer's
     * limit, before any transaction and without reading PostgreSQL; completes when the buy must go on to {@link
     * #reserve}. Never blocks: it runs on the event loop. A strategy that cannot tell completes at once.
     */
    Uni<Void> refuseEarly(UUID flashSaleId, UUID showId, UUID skuId, String buyerId, int units, String idempotencyKey);

    /** Whether {@link #refuseEarly} can ever refuse, so that a caller need not read the buy for one that cannot. */
    default boolean refusesEarly() {
        return true;
    }

    /**
     * Opens a new flash sale's units ({@code flash.allocated}, not yet persisted), {@code fromLineup} of them taken
     * from its show's line-up lot (locked), in the current transaction; undone if it does not commit.
     */
    void openFlash(SaleLot lineup, SaleLot flash, int fromLineup);

    /**
     * Reserves units of an open lot for an order being placed in the current transaction; they are given back if it
     * does not commit. Answers the units left; refuses (409) when sold out or over the buyer's limit.
     */
    long reserve(SaleLot lot, UUID orderId, String buyerId, int units, String idempotencyKey);

    /** Gives a cancelled or expired order's units back to its open lot (locked by the caller). */
    void giveBack(SaleLot lot, UUID orderId, String buyerId, int units);

    /** Closes an open lot's counter (lot locked by the caller) and answers the units left, or -1 when unknown. */
    long close(SaleLot lot);

    /** Units left in an open lot, or -1 when unknown. */
    long left(SaleLot lot);

    /** Checks an open lot's counter (lot locked by the caller) against the orders of the record, and repairs it. */
    Check reconcile(SaleLot lot, List<LiveStock.RecordedOrder> orders);
}
