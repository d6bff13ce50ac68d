package io.livemart.orders.stock;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.orders.OrdersConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The default stock strategy ("redis"): a lot's units live in a Redis counter changed only by atomic Lua scripts
 * ({@link LiveStock}); a reservation is a hold given back if the order's transaction does not commit; counters lost
 * with Redis are rebuilt from the record after a quarantine (ADR 0002, 0010). A flash sale's refusals (sold out, over
 * the limit) are answered by a read-only script before any transaction, so a sold-out sale costs PostgreSQL nothing.
 */
@ApplicationScoped
public class RedisStockStrategy implements StockStrategy {

    private static final Logger LOG = Logger.getLogger(RedisStockStrategy.class);

    @Inject
    LiveStock liveStock;

    @Inject
    LiveStockPeek peek;

    @Inject
    SaleLots saleLots;

    @Inject
    OrdersConfig config;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Override
    public Name name() {
        return Name.REDIS;
    }

    @Override
    public Uni<Void> refuseEarly(UUID flashSaleId, UUID showId, UUID skuId, String buyerId, int units, String idempotencyKey) {
        return peek.peek(flashSaleId, showId, skuId, buyerId, units, idempotencyKey).map(p -> {
            if (p.code() == -2) {
                throw SaleLots.overLimit(p.limit(), SaleLot.Kind.FLASH);
            }
            if (p.code() == -3) {
                throw SaleLots.notEnough(p.left());
            }
            return null;
        });
    }

    @Override
    public void openFlash(SaleLot lineup, SaleLot flash, int fromLineup) {
        carved(liveStock.carve(lineup.id, flash, fromLineup), fromLineup, flash.allocated);
        transaction.registerInterposedSynchronization(new UncarveOnRollback(lineup.id, flash.id, fromLineup));
    }

    /**
     * Takes units of a line-up lot (always counted here) for a flash sale counted by another strategy; given back if
     * the transaction does not commit.
     */
    void takeFromLineup(SaleLot lineup, int units, int total) {
        if (units > 0) {
            carved(liveStock.take(lineup.id, units), units, total);
            transaction.registerInterposedSynchronization(new UncarveOnRollback(lineup.id, null, units));
        }
    }

    private static void carved(LiveStock.Reservation carved, int fromLineup, int total) {
        if (carved.code() == -1) {
            throw new ServiceUnavailableException("Live stock is being restored after an outage; try again shortly.");
        }
        if (carved.code() == -3) {
            throw new ConflictException("Not enough units: " + (total - fromLineup + carved.left()) + " available for a flash sale of "
                    + total + ".");
        }
    }

    @Override
    public long reserve(SaleLot lot, UUID orderId, String buyerId, int units, String idempotencyKey) {
        LiveStock.Reservation r = liveStock.reserve(lot.id, orderId, buyerId, units, lot.perBuyerLimit, idempotencyKey);
        if (r.code() == -1) {
            em.refresh(lot);
            if (!lot.isOpen()) {
                throw new ConflictException("This sale has ended.");
            }
            recover(lot);
            r = liveStock.reserve(lot.id, orderId, buyerId, units, lot.perBuyerLimit, idempotencyKey);
            if (r.code() == -1) {
                throw new ServiceUnavailableException("Live stock is being restored after an outage; nothing was reserved. Try again shortly.");
            }
        }
        if (r.code() == -2) {
            throw SaleLots.overLimit(lot.perBuyerLimit, lot.kind);
        }
        if (r.code() == -3) {
            throw SaleLots.notEnough(r.left());
        }
        transaction.registerInterposedSynchronization(new ReleaseOnRollback(lot.id, orderId));
        return r.left();
    }

    /** Rebuilds a lot's lost counter if the quarantine is over; called by a buy that found no counter. */
    private void recover(SaleLot lot) {
        long since = liveStock.lostSince(lot.id);
        long waited = System.currentTimeMillis() - since;
        long quarantine = config.stockRecoveryQuarantine().toMillis();
        if (waited < quarantine) {
            throw new ServiceUnavailableException("Live stock is being restored after an outage; nothing was reserved. "
                    + "Try again in " + Math.max(1, (quarantine - waited + 999) / 1000) + " seconds.");
        }
        QuarkusTransaction.requiringNew().call(() -> saleLots.reconcile(lot.id));
    }

    /** Into the lot's counter after the commit, idempotently by order id. */
    @Override
    public void giveBack(SaleLot lot, UUID orderId, String buyerId, int units) {
        UUID lotId = lot.id;
        transaction.registerInterposedSynchronization(new AfterCommit(() -> {
            if (liveStock.giveBack(lotId, orderId, buyerId, units) < 0) {
                LOG.infof("Lot %s had no counter when order %s gave back %d units; reconciliation settles them", lotId,
                        orderId, units);
            }
        }));
    }

    @Override
    public long close(SaleLot lot) {
        return liveStock.drain(lot.id);
    }

    @Override
    public long left(SaleLot lot) {
        return liveStock.left(lot.id);
    }

    @Override
    public Check reconcile(SaleLot lot, List<LiveStock.RecordedOrder> orders) {
        long orphanAfter = config.buyTimeout().toMillis() * 2;
        LiveStock.Repair repair = liveStock.repair(lot.id, lot.allocated, orphanAfter, false, orders);
        String action = repair.before() == repair.after() && repair.orphaned() == 0 && repair.oversold() == 0 ? "none"
                : "counter repaired";
        if (repair.missing()) {
            long since = liveStock.lostSince(lot.id);
            if (System.currentTimeMillis() - since < config.stockRecoveryQuarantine().toMillis()) {
                return check(repair, "counter lost; waiting for in-flight buys before rebuilding");
            }
            repair = liveStock.repair(lot.id, lot.allocated, orphanAfter, true, orders);
            liveStock.clearLost(lot.id);
            action = "counter lost; rebuilt from the record";
        }
        return check(repair, action);
    }

    private static Check check(LiveStock.Repair repair, String action) {
        return new Check(repair.before(), repair.after(), repair.orphaned(), repair.oversold(), action);
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

    /** Undoes a carve (or a take from the line-up) whose transaction did not commit. */
    private final class UncarveOnRollback implements Synchronization {
        private final UUID lineupId;
        private final UUID flashId;
        private final int fromLineup;

        UncarveOnRollback(UUID lineupId, UUID flashId, int fromLineup) {
            this.lineupId = lineupId;
            this.flashId = flashId;
            this.fromLineup = fromLineup;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    liveStock.uncarve(lineupId, flashId, fromLineup);
                } catch (RuntimeException e) {
                    LOG.errorf("Could not undo the carve of flash sale %s (reconciliation will): %s", flashId, e.getMessage());
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
