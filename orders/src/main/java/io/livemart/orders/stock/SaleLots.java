package io.livemart.orders.stock;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * Keeps the live counters in Redis and the record of sale lots in PostgreSQL telling the same story: every unit
 * moved into a lot ends as an order, back in the lot, or back in the stock of record. See ADR 0010.
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

    /**
     * Reserves units of an open lot for an order being placed in the current transaction, and gives them back if that
     * transaction does not commit. Answers the units left. Refuses with a precise reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(SaleLot lot, UUID orderId, String buyerId, int units) {
        LiveStock.Reservation r = liveStock.reserve(lot.id, orderId, buyerId, units, lot.perBuyerLimit);
        if (r.code() == -1) {
            em.refresh(lot);
            if (!lot.isOpen()) {
                throw new ConflictException("This sale has ended.");
            }
            recover(lot);
            r = liveStock.reserve(lot.id, orderId, buyerId, units, lot.perBuyerLimit);
            if (r.code() == -1) {
                throw new ServiceUnavailableException("Live stock is being restored after an outage; nothing was reserved. Try again shortly.");
            }
        }
        if (r.code() == -2) {
            throw new ConflictException("Over the per-buyer limit: you may buy at most " + lot.perBuyerLimit
                    + " units of this " + (lot.kind == SaleLot.Kind.FLASH ? "flash sale" : "product in this show") + ".");
        }
        if (r.code() == -3) {
            throw new ConflictException(r.left() == 0 ? "Sold out: no units left."
                    : "Not enough units left: only " + r.left() + " remain.");
        }
        transaction.registerInterposedSynchronization(new ReleaseOnRollback(lot.id, orderId));
        return r.left();
    }

    /**
     * Gives a cancelled or expired order's units back: into its lot's counter while the lot is open (after the
     * commit, idempotently), or to the stock of record once the lot has closed (in this transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBack(UUID lotId, UUID orderId, String buyerId, int units) {
        SaleLot lot = lots.locked(lotId).orElseThrow();
        if (!lot.isOpen()) {
            catalog.returnStock(lot.skuId, units);
            lot.returned += units;
            return;
        }
        transaction.registerInterposedSynchronization(new AfterCommit(() -> {
            if (liveStock.giveBack(lotId, orderId, buyerId, units) < 0) {
                LOG.infof("Lot %s had no counter when order %s gave back %d units; reconciliation settles them", lotId,
                        orderId, units);
            }
        }));
    }

    /** Closes a lot: what is left in its counter returns to the stock of record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Closed close(UUID lotId, String reason) {
        SaleLot lot = lots.locked(lotId).orElseThrow();
        if (!lot.isOpen()) {
            return new Closed(lot, unitsInOrders(lot.id), 0);
        }
        long left = liveStock.drain(lot.id);
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

    /** Checks one lot against the record and repairs it; runs in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LotCheck reconcile(UUID lotId) {
        SaleLot lot = lots.locked(lotId).orElseThrow();
        List<LiveStock.RecordedOrder> orders = recordedOrders(lot.id);
        int inOrders = orders.stream().filter(LiveStock.RecordedOrder::live).mapToInt(LiveStock.RecordedOrder::units).sum();
        long orphanAfter = config.buyTimeout().toMillis() * 2;
        if (lot.isOpen()) {
            LiveStock.Repair repair = liveStock.repair(lot.id, lot.allocated, orphanAfter, false, orders);
            String action = repair.before() == repair.after() && repair.orphaned() == 0 && repair.oversold() == 0 ? "none"
                    : "counter repaired";
            if (repair.missing()) {
                long since = liveStock.lostSince(lot.id);
                if (System.currentTimeMillis() - since < config.stockRecoveryQuarantine().toMillis()) {
                    return check(lot, inOrders, repair, "counter lost; waiting for in-flight buys before rebuilding");
                }
                repair = liveStock.repair(lot.id, lot.allocated, orphanAfter, true, orders);
                liveStock.clearLost(lot.id);
                action = "counter lost; rebuilt from the record";
            }
            return check(lot, inOrders, repair, action);
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

    /** Rebuilds a lot's lost counter if the quarantine is over; called by a buy that found no counter. */
    void recover(SaleLot lot) {
        long since = liveStock.lostSince(lot.id);
        long waited = System.currentTimeMillis() - since;
        long quarantine = config.stockRecoveryQuarantine().toMillis();
        if (waited < quarantine) {
            throw new ServiceUnavailableException("Live stock is being restored after an outage; nothing was reserved. "
                    + "Try again in " + Math.max(1, (quarantine - waited + 999) / 1000) + " seconds.");
        }
        QuarkusTransaction.requiringNew().call(() -> reconcile(lot.id));
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

    private static LotCheck check(SaleLot lot, int inOrders, LiveStock.Repair repair, String action) {
        return new LotCheck(lot.id, lot.showId, lot.skuId, lot.kind, lot.status, lot.allocated, inOrders, lot.returned,
                repair.before(), repair.after(), repair.orphaned(), repair.oversold(), action);
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

    /** Gives reserved units back when the order's transaction does not commit. */
    private final class ReleaseOnRollback implements Synchronization {
        private final UUID lotId;
        private final UUID orderId;

        ReleaseOnRollback(UUID lotId, UUID orderId) {
            this.lotId = lotId;
            this.orderId = orderId;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    if (liveStock.release(lotId, orderId) < 0) {
                        LOG.infof("Lot %s had no counter when order %s rolled back; reconciliation settles its units", lotId, orderId);
                    }
                } catch (RuntimeException e) {
                    LOG.errorf("Could not release the reservation of order %s in lot %s (reconciliation will): %s", orderId,
                            lotId, e.getMessage());
                }
            }
        }
    }

    private static final class AfterCommit implements Synchronization {
        private final Runnable action;

        AfterCommit(Runnable action) {
            this.action = action;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.errorf("After-commit stock step failed (reconciliation will settle it): %s", e.getMessage());
                }
            }
        }
    }
}
