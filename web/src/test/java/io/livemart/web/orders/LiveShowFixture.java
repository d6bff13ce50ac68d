package io.livemart.web.orders;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.product;
import static io.livemart.web.support.Api.sku;
import static io.livemart.web.support.Api.userId;
import static io.restassured.RestAssured.given;

import io.livemart.orders.payment.sandbox.SandboxPaymentProvider;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A live show of anchor1 selling one fresh product of merchant1 with {@code stock} units, through the real API. */
final class LiveShowFixture {

    static final String SANDBOX_SECRET = "sandbox-demo-webhook-secret";

    final String productId;
    final String productName;
    final String skuId;
    final String showId;

    LiveShowFixture(int stock) {
        String code = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        productName = "Jasmine pearls " + code;
        productId = product("merchant1", productName, "tea", sku(code, "10.00", "4.00", stock));
        skuId = given().get("/api/products/" + productId).then().extract().path("skus[0].id");
        String offerId = as("merchant1").body(Map.of("productId", productId, "commissionRate", "10",
                "anchorIds", new String[] { userId("anchor1") })).post("/api/offers").then().statusCode(201).extract().path("id");
        as("anchor1").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);
        showId = as("anchor1").body(Map.of("title", "Orders test " + code,
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "lineup", new String[] { productId }))
                .post("/api/shows").then().statusCode(201).extract().path("id");
        as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);
    }

    Response buy(String shopper, int quantity, String payment) {
        return buy(shopper, quantity, payment, null, UUID.randomUUID().toString());
    }

    Response buy(String shopper, int quantity, String payment, String flashSaleId, String key) {
        Map<String, Object> body = new HashMap<>(Map.of("showId", showId, "skuId", skuId, "quantity", quantity, "payment", payment));
        if (flashSaleId != null) {
            body.put("flashSaleId", flashSaleId);
        }
        return as(shopper).header("Idempotency-Key", key).body(body).post("/api/orders");
    }

    String openFlashSale(int quantity, String price, int perBuyerLimit, int durationSeconds) {
        return as("anchor1").body(flashSale(quantity, price, perBuyerLimit, durationSeconds)).post("/api/flash-sales")
                .then().statusCode(201).extract().path("id");
    }

    Map<String, Object> flashSale(int quantity, String price, int perBuyerLimit, int durationSeconds) {
        return Map.of("showId", showId, "skuId", skuId, "quantity", quantity,
                "price", Map.of("amount", price, "currency", "EUR"), "perBuyerLimit", perBuyerLimit,
                "durationSeconds", durationSeconds);
    }

    int recordStock() {
        return given().get("/api/products/" + productId).then().extract().path("skus[0].stock");
    }

    void end() {
        as("anchor1").post("/api/shows/" + showId + "/end").then().statusCode(200);
    }

    /** Plays the sandbox provider: posts a callback signed with {@code secret}. */
    static Response callback(String body, String secret) {
        return given().contentType(ContentType.JSON)
                .header(SandboxPaymentProvider.SIGNATURE_HEADER, "sha256=" + SandboxPaymentProvider.sign(body, secret))
                .body(body).post("/api/payments/sandbox/callbacks");
    }

    static String paymentSucceeded(String eventId, String reference, String amount) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"payment.succeeded\",\"paymentReference\":\"" + reference
                + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},\"occurredAt\":\"" + Instant.now() + "\"}";
    }
}
