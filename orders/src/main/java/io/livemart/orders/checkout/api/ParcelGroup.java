package io.livemart.orders.checkout.api;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.Order;
import java.util.List;
import java.util.UUID;

/**
 * One buyer's orders from one merchant in one show that are ready to ship: they can go in one parcel.
 * {@code cashToCollect} is what the carrier collects for the cash-on-delivery orders among them.
 */
public record ParcelGroup(UUID showId, String buyerId, List<UUID> orderIds, int units, Money cashToCollect) {

    public static ParcelGroup of(List<Order> orders) {
        Order first = orders.get(0);
        Money cash = new Money(orders.stream().filter(o -> o.paidAt == null).map(o -> o.totalAmount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), first.currency);
        return new ParcelGroup(first.showId, first.buyerId, orders.stream().map(o -> o.id).toList(),
                orders.stream().mapToInt(o -> o.quantity).sum(), cash);
    }
}
