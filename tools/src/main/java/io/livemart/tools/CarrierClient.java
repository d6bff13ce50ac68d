package io.livemart.tools;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Speaks to the platform as one carrier does: its Keycloak service-account token, and each event signed with its
 * webhook secret: {@code X-LiveMart-Timestamp} (epoch seconds) and
 * {@code X-LiveMart-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))}.
 */
public final class CarrierClient {

    public static final String TIMESTAMP_HEADER = "X-LiveMart-Timestamp";
    public static final String SIGNATURE_HEADER = "X-LiveMart-Signature";

    final Http http;
    final String carrier;
    private final byte[] secret;
    private final ThreadLocal<Mac> macs;

    public CarrierClient(Http http, String carrier) {
        this.http = http;
        this.carrier = carrier;
        this.secret = Stack.webhookSecret(carrier).getBytes(StandardCharsets.UTF_8);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public String token() {
        return http.carrierToken(carrier);
    }

    /** The carrier's parcels still on their way: [{trackingNumber, status, statusAt}]. */
    public Http.Answer parcels() {
        return http.get("/api/carriers/" + carrier + "/parcels", token());
    }

    /** The body of one event; a delivery carries its proof. */
    public static String event(String eventId, String trackingNumber, String type, Instant occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("trackingNumber", trackingNumber);
        body.put("type", type);
        body.put("occurredAt", occurredAt.toString());
        switch (type) {
            case "DELIVERED" -> {
                body.put("recipientName", "Recipient of " + trackingNumber);
                body.put("photoUrl", "https://proof.carrier-simulator.example/" + eventId + ".jpg");
                body.put("location", "48.8566,2.3522");
            }
            case "DELIVERY_FAILED" -> body.put("note", "Nobody at home; next attempt tomorrow");
            case "PICKED_UP" -> body.put("location", "Merchant's dock");
            case "IN_TRANSIT" -> body.put("location", "Sorting hub");
            default -> { }
        }
        return Http.json(body);
    }

    /** Posts one event body, signed now. */
    public Http.Answer post(String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = "sha256=" + sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = http.builder("/api/carriers/" + carrier + "/events", token())
                .header("Content-Type", "application/json")
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request);
    }

    /** One event body as a whole HTTP/1.1 request, signed now, for {@link RawHttpRace} (host:port as in the Host header). */
    byte[] rawPost(String hostPort, String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return RawHttpRace.request("POST", hostPort, "/api/carriers/" + carrier + "/events", body,
                "Authorization", "Bearer " + token(), TIMESTAMP_HEADER, timestamp,
                SIGNATURE_HEADER, "sha256=" + sign(timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    String sign(String timestamp, byte[] body) {
        Mac mac = macs.get();
        mac.reset();
        mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '.');
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
