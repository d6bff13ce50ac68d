package io.livemart.orders.payment.sandbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.money.Money;
import io.livemart.core.security.CurrentUser;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.checkout.OrderSnapshot;
import io.livemart.orders.checkout.Orders;
import io.livemart.orders.payment.sandbox.SandboxPayment;
import io.livemart.orders.payment.sandbox.SandboxPaymentProvider;
import io.livemart.orders.payment.sandbox.api.SandboxCheckoutView;
import io.livemart.orders.payment.sandbox.persistence.SandboxPaymentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's checkout page, behind the API: the buyer of the order sees what is to be paid and pays (or declines).
 * The decision is recorded first, then the sandbox posts its signed callback to LiveMart over HTTP, outside any
 * transaction (LiveMart's callback endpoint then changes the order in its own). Pressing again posts the same bytes:
 * LiveMart answers it as a replay and changes nothing.
 */
@ApplicationScoped
public class SandboxCheckout {

    @Inject
    SandboxPaymentRepository payments;

    @Inject
    Orders orders;

    @Inject
    CurrentUser user;

    @Inject
    OrdersConfig config;

    @Inject
    SandboxCallbackClient callbacks;

    @Inject
    ObjectMapper json;

    public SandboxCheckoutView view(String reference) {
        return QuarkusTransaction.joiningExisting().call(() -> view(owned(reference)));
    }

    /** The buyer pays ({@code pay}) or declines; answers the checkout with LiveMart's answer to the callback. */
    public SandboxCheckoutView decide(String reference, boolean pay) {
        String body = QuarkusTransaction.requiringNew().call(() -> {
            SandboxPayment p = owned(reference);
            if (pay && p.status != SandboxPayment.Status.SUCCEEDED) {
                decided(p, SandboxPayment.Status.SUCCEEDED, "paid");
            } else if (!pay) {
                if (p.status == SandboxPayment.Status.SUCCEEDED) {
                    throw new ConflictException("This payment went through already; it cannot be declined any more.");
                }
                if (p.status == SandboxPayment.Status.OPEN) {
                    decided(p, SandboxPayment.Status.FAILED, "declined");
                }
            }
            return callbackBody(p);
        });
        SandboxCallbackClient.Answer answer = callbacks.post(body);
        return QuarkusTransaction.requiringNew().call(() -> {
            SandboxPayment p = payments.findById(reference);
            p.outcome = answer.outcome();
            return view(p);
        });
    }

    private static void decided(SandboxPayment p, SandboxPayment.Status status, String what) {
        p.status = status;
        p.decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        p.eventId = "sbx_evt_" + p.reference.substring("sbx_pay_".length()) + "_" + what;
        p.outcome = null;
    }

    /** The callback of the last decision, the same bytes every time (so that a repeat is a replay). */
    private String callbackBody(SandboxPayment p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", p.eventId);
        body.put("type", p.status == SandboxPayment.Status.SUCCEEDED ? "payment.succeeded" : "payment.failed");
        body.put("paymentReference", p.reference);
        body.put("amount", Map.of("amount", p.amount.setScale(2).toPlainString(), "currency", p.currency));
        body.put("occurredAt", p.decidedAt.toString());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checkout, for the buyer of its order only. */
    private SandboxPayment owned(String reference) {
        SandboxPayment p = reference == null ? null : payments.findById(reference);
        if (p == null) {
            throw new NotFoundException("The sandbox has no checkout " + reference + ".");
        }
        OrderSnapshot order = orders.order(p.orderId).orElseThrow(() -> new NotFoundException("No order " + p.orderId + "."));
        user.requireOwner(order.buyerId(), "payment");
        return p;
    }

    private SandboxCheckoutView view(SandboxPayment p) {
        OrderSnapshot order = orders.order(p.orderId).orElseThrow();
        return new SandboxCheckoutView(SandboxPaymentProvider.NAME, SandboxCheckoutView.NOTICE, p.reference, p.orderId,
                order.productName(), new Money(p.amount, p.currency), p.status.name(), p.decidedAt, p.outcome, order.status(),
                config.payment().sandboxReturnUrl() + "?order=" + p.orderId);
    }
}
