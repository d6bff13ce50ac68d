package io.livemart.web.support;

import static io.livemart.web.support.Api.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Makes a real shipped parcel through the API: a live show, an order of shopper1, shipped by merchant1. */
public final class Parcels {

    /** A parcel on its way, with the order in it. */
    public record Parcel(String shipmentId, String orderId, String trackingNumber, String carrier) {
    }

    private Parcels() {
    }

    public static Parcel shipped(String carrier) {
        String orderId = confirmedOrder();
        String tracking = carrier.substring(0, 2).toUpperCase() + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String shipmentId = as("merchant1").body(Map.of("orderIds", new String[] { orderId }, "carrier", carrier,
                "trackingNumber", tracking)).post("/api/shipments").then().statusCode(201).extract().path("id");
        return new Parcel(shipmentId, orderId, tracking, carrier);
    }

    /** A cash-on-delivery order of shopper1 from merchant1, confirmed and ready to ship. */
    public static String confirmedOrder() {
        String productId = Api.selected("anchor1", "merchant1", "Parcel tea");
        String skuId = as("merchant1").get("/api/products/" + productId).then().extract().path("skus[0].id");
        String showId = as("anchor1").body(Map.of("title", "Parcel show",
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "lineup", new String[] { productId }))
                .post("/api/shows").then().statusCode(201).extract().path("id");
        as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);
        String orderId = as("shopper1").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("showId", showId, "skuId", skuId, "quantity", 1, "payment", "CASH_ON_DELIVERY"))
                .post("/api/orders").then().statusCode(201).extract().path("id");
        as("anchor1").post("/api/shows/" + showId + "/end").then().statusCode(200);
        return orderId;
    }
}
