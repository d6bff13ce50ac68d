package io.livemart.orders.checkout.api;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.OrderStatus;
import java.util.Map;
import java.util.UUID;

/**
 * A merchant's sales in one show: the orders and units that still hold stock, their GMV, the anchor's commission on
 * them, what is left to the merchant ({@code payout} = GMV - commission), the cost of the goods at the SKUs' cost
 * prices of today, and {@code grossProfit} = payout - cost of goods. Packaging, shipping and broadcast costs are not
 * recorded by LiveMart, so they are not taken off. {@code costOfGoods} and {@code grossProfit} are null when a SKU has
 * no cost price any more. {@code byStatus} counts every order, cancelled and expired included.
 */
public record MerchantShowSales(UUID showId, String showTitle, String anchorId, int orders, int units, Money gmv,
        Money commission, Money payout, Money costOfGoods, Money grossProfit, Map<OrderStatus, Long> byStatus) {
}
