package io.livemart.orders.checkout;

/** How the buyer pays. */
public enum PaymentMethod {
    /** Through the payment provider, within the reservation's time; the order waits for payment. */
    ONLINE,
    /** Confirmed without payment, paid when the parcel is delivered. */
    CASH_ON_DELIVERY,
    /** Collected (and paid) in the merchant's store; the merchant marks it collected. */
    PICKUP_IN_STORE
}
