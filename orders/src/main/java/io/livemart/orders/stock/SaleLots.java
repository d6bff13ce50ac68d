package io.livemart.orders.stock;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.error.ConflictException;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the lots' counters and the record of sale lots in PostgreSQL telling the same story: every unit moved into a
 * lot ends as an order, back in the lot, or back in the stock of record. See ADR 0010. How a lot counts its units is
 * its {@link StockStrategy} (Redis, or the SQL baseline of ADR 0016); this class dispatches to it.
 */
@ApplicationScoped
public class SaleLots {

    private static final Logger LOG = Logger.getLogger(SaleLots.class);

    /** What became of a lot at close. */
    public record Closed(SaleLot lot, int sold, int returned) {
    }

    /** What one reconciliation of one lot found and did. */
    public record LotCheck(UUID lotId, UUID showId, UUID skuId, SaleLot.Kind kind, SaleLot.Status status, int allocated,
            int unitsInOrders, int returnedToRecord, long redisLeftBefore, long redisLeftAfter, long orphanedUnits,
            long oversoldUnits, String action) {

        public boolean isDifference() {
            return !"none".equals(action);
        }
    }

    @Inject
    SaleLotRepository lots;

    @Inject
    LiveStock liveStock;

    @Inject
    RedisStockStrategy redisStock;

    @Inject
    SqlStockStrategy sqlStock;

    @Inject
    Catalog catalog;

    @Inject
    OrdersConfig config;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Opens the line-up lot of a SKU when its show goes live, with all of the SKU's stock of record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SaleLot openLineup(UUID showId, String anchorId, UUID skuId, UUID productId) {
        SaleLot lot = newLot(showId, anchorId, skuId, productId, SaleLot.Kind.LINEUP, config.perBuyerLimit());
        lot.stockStrategy = StockStrategy.Name.REDIS;
        lot.allocated = catalog.takeAllStock(skuId);
        lots.persist(lot);
        liveStock.open(lot.id, lot.allocated);
        dropCountersOnRollback(lot.id);
        return lot;
    }

    public SaleLot newLot(UUID showId, String anchorId, UUID skuId, UUID productId, SaleLot.Kind kind, int perBuyerLimit) {
        SaleLot lot = new SaleLot();
        lot.id = UUID.randomUUID();
        lot.showId = showId;
        lot.anchorId = anchorId;
        lot.skuId = skuId;
        lot.productId = productId;
        lot.kind = kind;
        lot.status = SaleLot.Status.OPEN;
        lot.perBuyerLimit = perBuyerLimit;
        lot.openedAt = Instant.now();
        return lot;
    }

    /** Opens a new flash sale's units through the lot's strategy (see {@link StockStrategy#openFlash}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFlash(SaleLot lineup, SaleLot flash, int fromLineup) {
        strategy(flash).openFlash(lineup, flash, fromLineup);
    }

    /** Whether the configured strategy can refuse a flash-sale buy before its transaction (the SQL baseline cannot). */
    public boolean refusesEarly() {
        return strategy(config.flashSale().stockStrategy()).refusesEarly();
    }

    /**
     * Refuses a flash-sale buy that the configured strategy's counters already answer (sold out, over the limit),
     * before any transaction and without blocking; completes when the buy must go on.
     */
    public Uni<Void> refuseEarly(UUID flashSaleId, UUID showId, UUID skuId, String buyerId, int units, String idempotencyKey) {
        return strategy(config.flashSale().stockStrategy()).refuseEarly(flashSaleId, showId, skuId, buyerId, units, idempotencyKey);
    }

    /**
     * Reserves units of an open lot for an order being placed in the current transaction, and gives them back if that
     * transaction does not commit. Answers the units left. Refuses with a precise reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(SaleLot lot, UUID orderId, String buyerId, int units, String idempotencyKey) {
        return strategy(lot).reserve(lot, orderId, buyerId, units, idempotencyKey);
    }

    /**
     * Gives a cancelled or expired order's units back: into its lot's counter while the lot is open, or to the stock of
     * record once the lot has closed (in this transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBack(UUID lotId, UUID orderId, String buyerId, int units) {
        SaleLot lot = lots.locked(lotId).orElseThrow();
        if (!lot.isOpen()) {
            catalog.returnStock(lot.skuId, units);
            lot.returned += units;
            return;
        }
        strategy(lot).giveBack(lot, orderId, buyerId, units);
    }

    /** Closes a lot: what is left in its counter returns to the stock of record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Closed close(UUID lotId, String reason) {
        SaleLot lot = lots.locked(lotId).orElseThrow();
        if (!lot.isOpen()) {
            return new Closed(lot, unitsInOrders(lot.id), 0);
        }
        long left = strategy(lot).close(lot);
        int returned = 0;
        if (left >= 0) {
            returned = (int) left;
            catalog.returnStock(lot.skuId, returned);
            lot.returned += returned;
        } else {
            // Redis lost this lot's counter: reconciliation returns what no order holds, once in-flight buys are settled.
            LOG.warnf("Lot %s closed without a counter in Redis; reconciliation will return its unsold units", lot.id);
        }
        lot.status = SaleLot.Status.CLOSED;
        lot.closedAt = Instant.now();
        lot.closeReason = reason;
        return new Closed(lot, unitsInOrders(lot.id), returned);
    }

    /** Units left in an open lot's counter, or -1 when it is closed or its counter cannot say. */
    public long left(SaleLot lot) {
        return lot.isOpen() ? strategy(lot).left(lot) : -1;
    }

    /** Checks one lot against the record and repairs it; runs in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LotCheck reconcile(UUID lotId) {
        SaleLot lot = lots.locked(lotId).orElseThrow();
        List<LiveStock.RecordedOrder> orders = recordedOrders(lot.id);
        int inOrders = orders.stream().filter(LiveStock.RecordedOrder::live).mapToInt(LiveStock.RecordedOrder::units).sum();
        if (lot.isOpen()) {
            StockStrategy.Check c = strategy(lot).reconcile(lot, orders);
            return new LotCheck(lot.id, lot.showId, lot.skuId, lot.kind, lot.status, lot.allocated, inOrders, lot.returned,
                    c.leftBefore(), c.leftAfter(), c.orphaned(), c.oversold(), c.action());
        }
        int unaccounted = lot.allocated - inOrders - lot.returned;
        String action = "none";
        if (unaccounted > 0 && lot.closedAt.isBefore(Instant.now().minus(settleTime()))) {
            catalog.returnStock(lot.skuId, unaccounted);
            lot.returned += unaccounted;
            action = unaccounted + " unaccounted units returned to the stock of record";
        } else if (unaccounted < 0) {
            action = "oversold by " + (-unaccounted) + " units: needs a person";
        }
        return new LotCheck(lot.id, lot.showId, lot.skuId, lot.kind, lot.status, lot.allocated, inOrders, lot.returned,
                -1, -1, 0, Math.max(0, -unaccounted), action);
    }

    public int unitsInOrders(UUID lotId) {
        return recordedOrders(lotId).stream().filter(LiveStock.RecordedOrder::live).mapToInt(LiveStock.RecordedOrder::units).sum();
    }

    private List<LiveStock.RecordedOrder> recordedOrders(UUID lotId) {
        List<Object[]> rows = em.createQuery("select o.id, o.buyerId, o.quantity, o.status from CustomerOrder o where o.lotId = :lot",
                Object[].class).setParameter("lot", lotId).getResultList();
        return rows.stream().map(r -> new LiveStock.RecordedOrder((UUID) r[0], (String) r[1], (Integer) r[2],
                ((OrderStatus) r[3]).holdsStock())).toList();
    }

    private Duration settleTime() {
        return config.stockRecoveryQuarantine();
    }

    /** The refusal of a buy over the buyer's limit, the same whichever strategy or step finds it. */
    public static ConflictException overLimit(int perBuyerLimit, SaleLot.Kind kind) {
        return new ConflictException("Over the per-buyer limit: you may buy at most " + perBuyerLimit + " units of this "
                + (kind == SaleLot.Kind.FLASH ? "flash sale" : "product in this show") + ".");
    }

    /** The refusal of a buy of more units than are left. */
    public static ConflictException notEnough(long left) {
        return new ConflictException(left == 0 ? "Sold out: no units left." : "Not enough units left: only " + left + " remain.");
    }

    private StockStrategy strategy(SaleLot lot) {
        return strategy(lot.stockStrategy);
    }

    private StockStrategy strategy(StockStrategy.Name name) {
        return name == StockStrategy.Name.SQL ? sqlStock : redisStock;
    }

    /** If the transaction that opened a counter does not commit, the counter goes too. */
    public void dropCountersOnRollback(UUID lotId) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        liveStock.drain(lotId);
                    } catch (RuntimeException e) {
                        LOG.errorf("Could not drop the counter of lot %s after a rollback: %s", lotId, e.getMessage());
                    }
                }
            }
        });
    }
}
