package io.livemart.orders.payment;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.checkout.service.OrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Handles payment providers' callbacks exactly once per provider event id: a replay of the same body answers the
 * first outcome and changes nothing; the same id with another body is refused; a forged signature is refused.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    /** What a callback did: the order it concerned and the outcome; {@code replay} when it had been handled before. */
    public record Handled(String orderId, String outcome, boolean replay) {
    }

    @Inject
    PaymentProviders providers;

    @Inject
    OrderRepository orders;

    @Inject
    OrderService orderService;

    @Inject
    EntityManager em;

    public Handled callback(String providerName, String body, String signature) {
        PaymentProvider provider = providers.named(providerName);
        PaymentProvider.Callback callback = provider.verify(body, signature);
        String digest = digest(body);
        PaymentEvent earlier = em.find(PaymentEvent.class, new PaymentEvent.Key(provider.name(), callback.eventId()));
        if (earlier != null) {
            if (!earlier.bodyDigest.equals(digest)) {
                throw new ConflictException("Callback event " + callback.eventId() + " was already received with another body.");
            }
            return new Handled(earlier.orderId.toString(), earlier.outcome, true);
        }
        Order order = orders.byPaymentReference(provider.name(), callback.paymentReference())
                .orElseThrow(() -> new NotFoundException("No order is paid with reference " + callback.paymentReference() + "."));
        String outcome = switch (callback.type()) {
            case PAYMENT_SUCCEEDED -> {
                if (callback.amount() == null || callback.amount().amount().compareTo(order.totalAmount) != 0
                        || !callback.amount().currency().equals(order.currency)) {
                    throw new ConflictException("The paid amount does not match the order's total of " + order.totalAmount
                            + " " + order.currency + ".");
                }
                yield orderService.paid(order, callback.occurredAt());
            }
            case PAYMENT_FAILED -> "payment failed; still awaiting payment";
            case REFUND_SUCCEEDED -> orderService.refunded(order, callback.occurredAt());
        };
        PaymentEvent event = new PaymentEvent();
        event.provider = provider.name();
        event.eventId = callback.eventId();
        event.bodyDigest = digest;
        event.orderId = order.id;
        event.type = callback.type().name();
        event.outcome = outcome;
        event.receivedAt = Instant.now();
        em.persist(event);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException) {
                throw e;
            }
            throw new ServiceUnavailableException("The payment could not be recorded now; nothing changed. Send the callback again.", e);
        }
        return new Handled(order.id.toString(), outcome, false);
    }

    private static String digest(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
