package io.livemart.orders.checkout;

/** How the buyer pays. Online payment arrives with the payment issue; cash on delivery works now. */
public enum PaymentMethod {
    CASH_ON_DELIVERY
}
