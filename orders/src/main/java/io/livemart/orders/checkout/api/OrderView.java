package io.livemart.orders.checkout.api;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.PaymentMethod;
import io.livemart.orders.checkout.RefundStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it. {@code message} says in words what the buyer must do next (e.g. "Reserved: pay within
 * 15 minutes"); {@code reservedUntil} is when an unpaid online order expires.
 */
public record OrderView(UUID id, UUID showId, String anchorId, String merchantId, UUID productId, UUID skuId, String skuCode,
        String productName, UUID saleLotId, int quantity, Money unitPrice, Money total, BigDecimal commissionRate,
        PaymentMethod payment, OrderStatus status, String message, Instant reservedUntil, Payment online, Instant paidAt,
        RefundStatus refund, String closeReason, List<String> marketingModes, Instant createdAt) {

    /** Where to pay online. */
    public record Payment(String provider, String reference, String checkoutUrl) {
    }

    public static OrderView of(Order o) {
        return of(o, null);
    }

    public static OrderView of(Order o, String checkoutUrl) {
        Payment online = o.paymentReference == null ? null : new Payment(o.paymentProvider, o.paymentReference, checkoutUrl);
        return new OrderView(o.id, o.showId, o.anchorId, o.merchantId, o.productId, o.skuId, o.skuCode, o.productName,
                o.lotId, o.quantity, new Money(o.unitAmount, o.currency), new Money(o.totalAmount, o.currency),
                o.commissionRate, o.paymentMethod, o.status, message(o), o.reservedUntil, online, o.paidAt, o.refundStatus,
                o.closeReason, o.marketingModes == null || o.marketingModes.isBlank() ? List.of()
                        : List.of(o.marketingModes.split(",")), o.createdAt);
    }

    private static String message(Order o) {
        return switch (o.status) {
            case AWAITING_PAYMENT -> "Reserved: pay within "
                    + Math.max(1, (Duration.between(Instant.now(), o.reservedUntil).toSeconds() + 59) / 60) + " minutes.";
            case CONFIRMED -> "Confirmed: pay in cash on delivery.";
            case READY_FOR_PICKUP -> "Reserved for pick-up in store: pay when you collect it.";
            case PAID -> "Paid: the merchant will ship it.";
            case SHIPPED -> "Shipped.";
            case DELIVERED -> "Delivered.";
            case COMPLETED -> "Completed.";
            case CANCELLED -> o.refundStatus == null ? "Cancelled." : "Cancelled; refund " + o.refundStatus.name().toLowerCase() + ".";
            case EXPIRED -> "Expired: the reservation ran out before payment.";
        };
    }
}
