package io.livemart.orders.checkout.api;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An anchor's sales in one show: orders and units that still hold stock, GMV, the anchor's commission on them, and
 * how many orders are in each status (cancelled and expired included).
 */
public record ShowSales(UUID showId, int orders, int units, Money gmv, Money commission, Map<OrderStatus, Long> byStatus) {

    public static ShowSales of(UUID showId, List<Order> orders) {
        List<Order> live = orders.stream().filter(o -> o.status.holdsStock()).toList();
        String currency = orders.isEmpty() ? "EUR" : orders.get(0).currency;
        BigDecimal gmv = live.stream().map(o -> o.totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal commission = live.stream()
                .map(o -> o.totalAmount.multiply(o.commissionRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<OrderStatus, Long> byStatus = new TreeMap<>();
        orders.forEach(o -> byStatus.merge(o.status, 1L, Long::sum));
        return new ShowSales(showId, live.size(), live.stream().mapToInt(o -> o.quantity).sum(), new Money(gmv, currency),
                new Money(commission, currency), byStatus);
    }
}
