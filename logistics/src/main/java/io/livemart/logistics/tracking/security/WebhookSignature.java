package io.livemart.logistics.tracking.security;

import io.livemart.logistics.LogisticsConfig;
import io.livemart.core.error.UnauthenticatedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Carriers sign each event: {@code X-LiveMart-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))}
 * with {@code X-LiveMart-Timestamp} in epoch seconds. A body changed in transit, a foreign secret or a timestamp
 * outside the tolerance (a replay of an old capture) is refused before anything is read or stored.
 */
@ApplicationScoped
public class WebhookSignature {

    private static final Logger LOG = Logger.getLogger(WebhookSignature.class);
    public static final String SIGNATURE_HEADER = "X-LiveMart-Signature";
    public static final String TIMESTAMP_HEADER = "X-LiveMart-Timestamp";

    @Inject
    LogisticsConfig config;

    Clock clock = Clock.systemUTC();

    /** Refuses with 401 unless the body carries a valid, fresh signature of this carrier. */
    public void verify(String carrier, String timestamp, String signature, byte[] body) {
        LogisticsConfig.Carrier settings = config.carriers().get(carrier);
        if (settings == null) {
            throw refuse(carrier, "unknown carrier");
        }
        if (timestamp == null || signature == null) {
            throw refuse(carrier, "unsigned");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw refuse(carrier, "timestamp not a number");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(config.signatureTolerance()) > 0) {
            throw refuse(carrier, "timestamp outside the tolerance");
        }
        byte[] expected = ("sha256=" + sign(settings.secret(), timestamp.strip(), body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw refuse(carrier, "signature mismatch");
        }
    }

    /** The hex HMAC a carrier sends (also used by the carrier simulator and the tests). */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnauthenticatedException refuse(String carrier, String why) {
        LOG.warnf("Refused a tracking event for carrier %s: %s", carrier, why);
        return new UnauthenticatedException("Tracking events must be signed with the carrier's secret: " + why);
    }
}
