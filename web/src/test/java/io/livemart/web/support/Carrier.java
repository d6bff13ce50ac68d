package io.livemart.web.support;

import static io.restassured.RestAssured.given;

import io.livemart.logistics.tracking.security.WebhookSignature;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plays a carrier: posts tracking events with its service-account token and its webhook signature. */
public final class Carrier {

    /** The local demo webhook secrets of application.properties. */
    public static final Map<String, String> SECRETS = Map.of(
            "swiftpost", "swiftpost-webhook-demo-secret",
            "rapidex", "rapidex-webhook-demo-secret");

    private Carrier() {
    }

    /** An event body, with proof when it is a delivery. */
    public static String event(String eventId, String trackingNumber, String type, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("trackingNumber", trackingNumber);
        body.put("type", type);
        body.put("occurredAt", at.toString());
        if (type.equals("DELIVERED")) {
            body.put("recipientName", "Lin at the front door");
            body.put("photoUrl", "https://proof.example/" + eventId + ".jpg");
            body.put("location", "48.8566,2.3522");
        }
        return toJson(body);
    }

    /** Posts as the carrier, signed with its own secret. */
    public static Response post(String carrier, String body) {
        return post(carrier, carrier, body, Instant.now());
    }

    /** Posts with one carrier's token and another's (or the same) secret, signed at a given time. */
    public static Response post(String tokenOf, String secretOf, String body, Instant signedAt) {
        String timestamp = Long.toString(signedAt.getEpochSecond());
        String signature = "sha256=" + WebhookSignature.sign(SECRETS.get(secretOf), timestamp,
                body.getBytes(StandardCharsets.UTF_8));
        return given().auth().oauth2(Tokens.carrier(tokenOf)).contentType(ContentType.JSON)
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, signature)
                .body(body)
                .post("/api/carriers/" + secretOf + "/events");
    }

    private static String toJson(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v).append('"'));
        return json.append('}').toString();
    }
}
