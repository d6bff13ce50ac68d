package io.livemart.orders.reconciliation;

import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.checkout.service.OrderService;
import io.livemart.orders.flashsale.service.FlashSaleService;
import io.livemart.orders.stock.SaleLot;
import io.livemart.orders.stock.SaleLots;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The scheduled jobs of the orders module: expire unpaid reservations, close flash sales whose time ran out, and
 * prove that every unit moved into a live counter ended as an order, back on sale or back in the stock of record,
 * repairing and reporting differences. Each job is safe to run on several instances at once (row locks, idempotent
 * scripts).
 */
@ApplicationScoped
public class ReconciliationService {

    private static final Logger LOG = Logger.getLogger(ReconciliationService.class);

    @Inject
    SaleLotRepository lots;

    @Inject
    SaleLots saleLots;

    @Inject
    OrderRepository orders;

    @Inject
    OrderService orderService;

    @Inject
    FlashSaleService flashSales;

    @Scheduled(every = "${orders.sweep-every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            expireReservations();
            flashSales.closeEnded();
        } catch (RuntimeException e) {
            LOG.warnf("Order sweep failed (next run retries): %s", e.getMessage());
        }
    }

    @Scheduled(every = "${orders.reconcile-every:60s}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReconcile() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.warnf("Stock reconciliation failed (next run retries): %s", e.getMessage());
        }
    }

    /** Expires every unpaid order whose reservation ran out, one per transaction; answers how many. */
    public int expireReservations() {
        int expired = 0;
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> orders.expiredBy(Instant.now(), 500));
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> orderService.expire(id))) {
                    expired++;
                }
            } catch (RuntimeException e) {
                LOG.infof("Order %s not expired this time (a payment may have won): %s", id, e.getMessage());
            }
        }
        return expired;
    }

    /** Checks every open lot and every lot closed in the last day; answers the report. */
    public ReconciliationReport reconcile() {
        Instant ranAt = Instant.now();
        int expired = expireReservations();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> lots.toReconcile(ranAt.minus(Duration.ofDays(1)))
                .stream().map(l -> l.id).toList());
        List<SaleLots.LotCheck> findings = new ArrayList<>();
        for (UUID id : ids) {
            try {
                SaleLots.LotCheck check = saleLots.reconcile(id);
                if (check.isDifference()) {
                    findings.add(check);
                }
            } catch (RuntimeException e) {
                SaleLot lot = QuarkusTransaction.requiringNew().call(() -> lots.findById(id));
                findings.add(new SaleLots.LotCheck(id, lot.showId, lot.skuId, lot.kind, lot.status, lot.allocated, -1,
                        lot.returned, -1, -1, 0, 0, "not checked: " + e.getMessage()));
            }
        }
        ReconciliationReport report = new ReconciliationReport(ranAt, ids.size(), expired, findings.size(), findings);
        if (!findings.isEmpty()) {
            LOG.warnf("Stock reconciliation: %d of %d lots differed: %s", findings.size(), ids.size(), findings);
        }
        return report;
    }
}
