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
        transaction.registerInterposedSynchronization(OnCompletion.onRollback(() -> liveStock.uncarve(lineup.id, flash.id, fromLineup),
                "undo the carve of flash sale " + flash.id));
    }

    /**
     * Takes units of a line-up lot (always counted here) for a flash sale counted by another strategy; given back if
     * the transaction does not commit.
     */
    void takeFromLineup(SaleLot lineup, int units, int total) {
        if (units > 0) {
            carved(liveStock.take(lineup.id, units), units, total);
            transaction.registerInterposedSynchronization(OnCompletion.onRollback(() -> liveStock.uncarve(lineup.id, null, units),
                    "give back " + units + " units taken from line-up lot " + lineup.id));
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
            SaleLot current = em.find(SaleLot.class, lot.id); // the buy read the lot before its transaction
            em.refresh(current);
            if (!current.isOpen()) {
                throw new ConflictException("This sale has ended.");
            }
            recover(current);
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
        transaction.registerInterposedSynchronization(OnCompletion.onRollback(() -> {
            if (liveStock.release(lot.id, orderId) < 0) {
                LOG.infof("Lot %s had no counter when order %s rolled back; reconciliation settles its units", lot.id, orderId);
            }
        }, "release the reservation of order " + orderId + " in lot " + lot.id));
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
        transaction.registerInterposedSynchronization(OnCompletion.afterCommit(() -> {
            if (liveStock.giveBack(lotId, orderId, buyerId, units) < 0) {
                LOG.infof("Lot %s had no counter when order %s gave back %d units; reconciliation settles them", lotId,
                        orderId, units);
            }
        }, "give back order " + orderId + "'s units to lot " + lotId));
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

    /** Runs a step when the current transaction ends, committed or not as asked; a failure is logged for reconciliation. */
    private static final class OnCompletion implements Synchronization {
        private final boolean whenCommitted;
        private final Runnable step;
        private final String what;

        private OnCompletion(boolean whenCommitted, Runnable step, String what) {
            this.whenCommitted = whenCommitted;
            this.step = step;
            this.what = what;
        }

        static OnCompletion onRollback(Runnable step, String what) {
            return new OnCompletion(false, step, what);
        }

        static OnCompletion afterCommit(Runnable step, String what) {
            return new OnCompletion(true, step, what);
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == whenCommitted) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    LOG.errorf("Could not %s (reconciliation will): %s", what, e.getMessage());
                }
            }
        }
    }
}
