package io.livemart.orders.payment.sandbox.api;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.OrderStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A checkout at the sandbox, the FAKE payment provider, as its page shows it: what is paid for, how much, what the
 * buyer decided, what LiveMart answered, and where the buyer goes back to.
 */
public record SandboxCheckoutView(String provider, String notice, String reference, UUID orderId, String productName,
        Money amount, String status, Instant decidedAt, String outcome, OrderStatus orderStatus, String returnUrl) {

    /** Said on the page and in every answer: this is not a real payment. */
    public static final String NOTICE = "LiveMart sandbox: a fake payment provider for the local stack and tests. "
            + "No money moves and no card is asked for.";
}
