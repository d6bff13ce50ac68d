package io.livemart.orders.reconciliation;

import io.livemart.orders.stock.SaleLots;
import java.time.Instant;
import java.util.List;

/**
 * One run of the stock reconciliation: how many lots were checked, and every lot where the live counter and the
 * record disagreed (or could not be checked), with what was done about it.
 */
public record ReconciliationReport(Instant ranAt, int lotsChecked, int expiredOrders, int differences,
        List<SaleLots.LotCheck> findings) {
}
