package io.livemart.orders.payment;

import io.livemart.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The port every online payment provider plugs into: start a payment, refund one, and turn a provider's callback
 * into a verified event. Adapters are CDI beans; {@code orders.payment.provider} names the one in use.
 */
public interface PaymentProvider {

    /** The provider's name, as in callback paths: /api/payments/{name}/callbacks. */
    String name();

    /** Starts a payment of an order: answers the provider's reference and where the buyer pays. */
    Checkout start(UUID orderId, Money amount);

    /** Where the buyer pays a payment started before (the link of {@link #start}); null when the provider cannot tell. */
    String checkoutUrl(String reference);

    /** Refunds a captured payment; answers the refund's reference and whether it completed already. */
    Refund refund(String paymentReference, Money amount, String reason);

    /**
     * Verifies a callback's signature over its exact body and parses it. Throws
     * {@link io.livemart.core.error.ForbiddenException} when the signature does not match and
     * {@link io.livemart.core.error.InvalidRequestException} when a signed body cannot be read.
     */
    Callback verify(String body, String signature);

    record Checkout(String reference, String checkoutUrl) {
    }

    record Refund(String reference, boolean completed) {
    }

    /** A verified callback: {@code type} is one of {@link CallbackType}. */
    record Callback(String eventId, CallbackType type, String paymentReference, Money amount, Instant occurredAt) {
    }

    enum CallbackType {
        PAYMENT_SUCCEEDED, PAYMENT_FAILED, REFUND_SUCCEEDED
    }
}
