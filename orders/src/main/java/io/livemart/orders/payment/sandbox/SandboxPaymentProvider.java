package io.livemart.orders.payment.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.money.Money;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.payment.PaymentProvider;
import io.livemart.orders.payment.sandbox.persistence.SandboxPaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A FAKE payment provider for the local stack and tests: no money moves. It hands out references and a link to its
 * checkout page (sandbox-pay.html, served by the app and labelled as the sandbox), where "Pay" makes it post its signed
 * callback to LiveMart over HTTP, as a real provider would ({@link io.livemart.orders.payment.sandbox.service.SandboxCheckout}).
 * It refunds at once, and signs its callbacks like real providers do: header {@code X-Sandbox-Signature:
 * sha256=<hex HMAC-SHA256 of the exact body>} with {@code orders.payment.sandbox-secret}. Body:
 * {@code {"eventId","type":"payment.succeeded|payment.failed|refund.succeeded","paymentReference","amount":{"amount","currency"},"occurredAt"}}.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";

    @Inject
    OrdersConfig config;

    @Inject
    ObjectMapper json;

    @Override
    public String name() {
        return NAME;
    }

    @Inject
    SandboxPaymentRepository payments;

    /** Records the checkout (in the caller's transaction: the order's) and answers the link to the sandbox's page. */
    @Override
    public Checkout start(UUID orderId, Money amount) {
        SandboxPayment payment = new SandboxPayment();
        payment.reference = "sbx_pay_" + UUID.randomUUID().toString().replace("-", "");
        payment.orderId = orderId;
        payment.amount = amount.amount();
        payment.currency = amount.currency();
        payment.status = SandboxPayment.Status.OPEN;
        payment.createdAt = Instant.now();
        payments.persist(payment);
        return new Checkout(payment.reference, checkoutUrl(payment.reference));
    }

    @Override
    public String checkoutUrl(String reference) {
        return config.payment().sandboxCheckoutUrl() + "?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    @Override
    public Refund refund(String paymentReference, Money amount, String reason) {
        return new Refund("sbx_ref_" + UUID.randomUUID().toString().replace("-", ""), true);
    }

    @Override
    public Callback verify(String body, String signature) {
        String expected = "sha256=" + sign(body, config.payment().sandboxSecret());
        if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.trim().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("The callback's signature does not match its body.");
        }
        try {
            JsonNode node = json.readTree(body);
            CallbackType type = switch (node.path("type").asText()) {
                case "payment.succeeded" -> CallbackType.PAYMENT_SUCCEEDED;
                case "payment.failed" -> CallbackType.PAYMENT_FAILED;
                case "refund.succeeded" -> CallbackType.REFUND_SUCCEEDED;
                default -> throw new InvalidRequestException("Unknown callback type '" + node.path("type").asText() + "'.");
            };
            String eventId = node.path("eventId").asText();
            String reference = node.path("paymentReference").asText();
            if (eventId.isBlank() || eventId.length() > 100 || reference.isBlank()) {
                throw new InvalidRequestException("A callback needs an eventId and a paymentReference.");
            }
            JsonNode amount = node.path("amount");
            Money money = amount.isMissingNode() ? null
                    : new Money(new BigDecimal(amount.path("amount").asText()), amount.path("currency").asText());
            Instant at = node.hasNonNull("occurredAt") ? Instant.parse(node.get("occurredAt").asText()) : Instant.now();
            return new Callback(eventId, type, reference, money, at);
        } catch (InvalidRequestException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidRequestException("The callback's body cannot be read.");
        }
    }

    /** The signature the sandbox puts on a body; public so the demo and tests can play the provider. */
    public static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
