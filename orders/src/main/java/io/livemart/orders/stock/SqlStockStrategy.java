package io.livemart.orders.stock;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The baseline stock strategy ("sql", {@code orders.flash-sale.stock-strategy=sql}), written the way common open-source
 * shops do it: the lot's units are a column, {@code sale_lot.units_left}, and a buy, in the order's own transaction,
 * counts the buyer's units, then runs {@code UPDATE … SET units_left = units_left - n WHERE id = ? AND units_left >= n},
 * then inserts the order. A rollback gives the units back by itself. It exists so that {@code ./livemart bench
 * flash-sale} can race the same HTTP API, authentication and order code with only the stock reservation swapped (ADR
 * 0016); it is correct (never oversold, the limit held) but every attempt, refused or not, is PostgreSQL work, and
 * every accepted one holds the lot's row lock until its commit.
 */
@ApplicationScoped
public class SqlStockStrategy implements StockStrategy {

    @Inject
    EntityManager em;

    @Inject
    RedisStockStrategy redis;

    @Override
    public Name name() {
        return Name.SQL;
    }

    /** Nothing is known before the transaction: the checks are the database's, as in the shops this mimics. */
    @Override
    public Uni<Void> refuseEarly(UUID flashSaleId, UUID showId, UUID skuId, String buyerId, int units, String idempotencyKey) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public boolean refusesEarly() {
        return false;
    }

    /** The flash sale's units are its {@code units_left}, set at insert; those from the line-up leave its Redis counter. */
    @Override
    public void openFlash(SaleLot lineup, SaleLot flash, int fromLineup) {
        redis.takeFromLineup(lineup, fromLineup, flash.allocated);
        flash.unitsLeft = flash.allocated;
    }

    @Override
    public long reserve(SaleLot lot, UUID orderId, String buyerId, int units, String idempotencyKey) {
        if (unitsOf(lot.id, buyerId) + units > lot.perBuyerLimit) {
            throw SaleLots.overLimit(lot.perBuyerLimit, lot.kind);
        }
        List<?> left = em.createNativeQuery("UPDATE orders.sale_lot SET units_left = units_left - ?1"
                + " WHERE id = ?2 AND units_left >= ?1 RETURNING units_left")
                .setParameter(1, units).setParameter(2, lot.id).getResultList();
        if (left.isEmpty()) {
            throw SaleLots.notEnough(unitsLeft(lot.id));
        }
        // The UPDATE holds the lot's row until this transaction ends, so this count sees every committed order of the
        // buyer: two taps of one buyer could both pass the first count, only one passes this one (the other rolls back).
        if (unitsOf(lot.id, buyerId) + units > lot.perBuyerLimit) {
            throw SaleLots.overLimit(lot.perBuyerLimit, lot.kind);
        }
        return ((Number) left.get(0)).longValue();
    }

    /** In the cancelling transaction, which holds the lot's row (and the order's change makes it happen once). */
    @Override
    public void giveBack(SaleLot lot, UUID orderId, String buyerId, int units) {
        em.createNativeQuery("UPDATE orders.sale_lot SET units_left = units_left + ?1 WHERE id = ?2")
                .setParameter(1, units).setParameter(2, lot.id).executeUpdate();
    }

    @Override
    public long close(SaleLot lot) {
        long left = unitsLeft(lot.id);
        em.createNativeQuery("UPDATE orders.sale_lot SET units_left = 0 WHERE id = ?1").setParameter(1, lot.id).executeUpdate();
        return left;
    }

    @Override
    public long left(SaleLot lot) {
        return unitsLeft(lot.id);
    }

    /**
     * With the lot's row locked no buy is half-way (each holds that row from its decrement to its commit), so the
     * counter must be exactly what no live order holds; a difference is set right and reported.
     */
    @Override
    public Check reconcile(SaleLot lot, List<LiveStock.RecordedOrder> orders) {
        long before = unitsLeft(lot.id);
        long expected = lot.allocated - orders.stream().filter(LiveStock.RecordedOrder::live).mapToLong(LiveStock.RecordedOrder::units).sum();
        if (before == expected) {
            return new Check(before, before, 0, 0, "none");
        }
        long after = Math.max(0, expected);
        em.createNativeQuery("UPDATE orders.sale_lot SET units_left = ?1 WHERE id = ?2").setParameter(1, (int) after)
                .setParameter(2, lot.id).executeUpdate();
        return new Check(before, after, 0, Math.max(0, -expected), "counter repaired");
    }

    private long unitsOf(UUID lotId, String buyerId) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(quantity), 0) FROM orders.customer_order"
                + " WHERE lot_id = ?1 AND buyer_id = ?2 AND status NOT IN ('CANCELLED', 'EXPIRED')")
                .setParameter(1, lotId).setParameter(2, buyerId).getSingleResult()).longValue();
    }

    private long unitsLeft(UUID lotId) {
        Object left = em.createNativeQuery("SELECT units_left FROM orders.sale_lot WHERE id = ?1").setParameter(1, lotId)
                .getSingleResult();
        return left == null ? -1 : ((Number) left).longValue();
    }
}
