package io.livemart.orders.checkout;

/** Where the refund of a cancelled paid order stands. */
public enum RefundStatus {
    PENDING,
    REFUNDED
}
