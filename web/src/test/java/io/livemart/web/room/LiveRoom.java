package io.livemart.web.room;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.product;
import static io.livemart.web.support.Api.sku;
import static io.livemart.web.support.Api.userId;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** A live show of anchor1 selling one fresh product of merchant1, set up through the real API. */
final class LiveRoom {

    final String productId;
    final String skuId;
    final String showId;

    LiveRoom(int stock) {
        String code = "ROOM-" + UUID.randomUUID().toString().substring(0, 8);
        productId = product("merchant1", "Oolong " + code, "tea", sku(code, "12.50", "4.00", stock));
        skuId = given().get("/api/products/" + productId).then().extract().path("skus[0].id");
        String offerId = as("merchant1").body(Map.of("productId", productId, "commissionRate", "10",
                "anchorIds", new String[] { userId("anchor1") })).post("/api/offers").then().statusCode(201).extract().path("id");
        as("anchor1").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);
        showId = as("anchor1").body(Map.of("title", "Room test " + code,
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "lineup", new String[] { productId }))
                .post("/api/shows").then().statusCode(201).extract().path("id");
        as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);
    }

    void buy(String shopper, int quantity, String flashSaleId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("showId", showId, "skuId", skuId, "quantity", quantity,
                "payment", "CASH_ON_DELIVERY"));
        if (flashSaleId != null) {
            body.put("flashSaleId", flashSaleId);
        }
        as(shopper).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/orders")
                .then().statusCode(201);
    }

    void end() {
        as("anchor1").post("/api/shows/" + showId + "/end").then().statusCode(200);
    }
}
