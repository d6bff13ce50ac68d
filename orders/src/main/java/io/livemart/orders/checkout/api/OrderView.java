package io.livemart.orders.checkout.api;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order as the API shows it. */
public record OrderView(UUID id, UUID showId, String anchorId, String merchantId, UUID productId, UUID skuId, String skuCode, String productName,
        int quantity, Money unitPrice, Money total, BigDecimal commissionRate, PaymentMethod payment, OrderStatus status, Instant createdAt) {

    public static OrderView of(Order o) {
        return new OrderView(o.id, o.showId, o.anchorId, o.merchantId, o.productId, o.skuId, o.skuCode, o.productName, o.quantity,
                new Money(o.unitAmount, o.currency), new Money(o.totalAmount, o.currency), o.commissionRate, o.paymentMethod, o.status,
                o.createdAt);
    }
}
