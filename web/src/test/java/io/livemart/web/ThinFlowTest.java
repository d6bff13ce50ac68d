package io.livemart.web;

import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.orders.stock.LiveStock;
import io.livemart.streaming.janus.JanusNodes;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.persistence.ShowRepository;
import io.livemart.web.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole flow in its thinnest real form, with real tokens of four users (merchant1, anchor1, shopper1
 * and the swiftpost carrier) and, at every step, a refusal beside the success: a wrong role or a
 * foreign owner.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThinFlowTest {

    private static final int STOCK = 10;

    @Inject
    JanusNodes janusNodes;

    @Inject
    LiveStock liveStock;

    @Inject
    ShowRepository showRepository;

    private final String sku = "TEA-" + UUID.randomUUID().toString().substring(0, 8);
    private final String tracking = "SP" + System.nanoTime();
    private String productId;
    private String showId;
    private long janusRoom;
    private String orderId;
    private String shipmentId;

    @Test
    @Order(1)
    void merchantCreatesAProductWithStock() {
        assertProblem(as("shopper1").body(product()).post("/api/products"), 403);

        productId = as("merchant1").body(product()).post("/api/products")
                .then().statusCode(201)
                .header("Location", containsString("/api/products/"))
                .body("sku", equalTo(sku))
                .body("price.amount", equalTo(24.9f))
                .body("stock", equalTo(STOCK - 2))
                .extract().path("id");

        assertProblem(as("merchant1").body(product()).post("/api/products"), 409)
                .body("detail", containsString(sku));
    }

    @Test
    @Order(2)
    void onlyTheOwningMerchantChangesStockAndStaleEditsAreRefused() {
        int version = given().get("/api/products/" + productId).then().statusCode(200).extract().path("version");

        assertProblem(as("merchant2").body(Map.of("stock", 0, "version", version))
                .put("/api/products/" + productId + "/stock"), 403);

        as("merchant1").body(Map.of("stock", STOCK, "version", version))
                .put("/api/products/" + productId + "/stock")
                .then().statusCode(200).body("stock", equalTo(STOCK)).body("version", equalTo(version + 1));

        assertProblem(as("merchant1").body(Map.of("stock", 3, "version", version))
                .put("/api/products/" + productId + "/stock"), 409);
        given().get("/api/products/" + productId).then().body("stock", equalTo(STOCK));
    }

    @Test
    @Order(3)
    void anchorSchedulesAShowWithTheProductInItsLineUp() {
        Map<String, Object> show = Map.of("title", "Spring tea tasting",
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(),
                "lineup", new String[] { productId });

        assertProblem(as("shopper1").body(show).post("/api/shows"), 403);

        showId = as("anchor1").body(show).post("/api/shows")
                .then().statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .body("lineup[0]", equalTo(productId))
                .extract().path("id");

        given().get("/api/shows/" + showId).then().statusCode(200).body("title", equalTo("Spring tea tasting"));
    }

    @Test
    @Order(4)
    void anchorStartsTheShowAndTheAppCreatesAJanusRoom() {
        assertProblem(as("anchor2").post("/api/shows/" + showId + "/start"), 403)
                .body("detail", containsString("someone else"));
        assertProblem(as("shopper1").post("/api/shows/" + showId + "/start"), 403);

        as("anchor1").post("/api/shows/" + showId + "/start")
                .then().statusCode(200).body("status", equalTo("LIVE"));

        Show show = QuarkusTransaction.requiringNew().call(() -> showRepository.findById(UUID.fromString(showId)));
        assertNotNull(show.janusRoomId, "the live show has a videoroom");
        janusRoom = show.janusRoomId;
        assertTrue(janusNodes.primary().roomExists(janusRoom).await().atMost(Duration.ofSeconds(5)), "the room exists on Janus");

        assertEquals(STOCK, liveStock.left(UUID.fromString(showId), UUID.fromString(productId)),
                "the line-up's stock moved into Redis");
        given().get("/api/products/" + productId).then().body("stock", equalTo(0));
    }

    @Test
    @Order(5)
    void shopperBuysOneUnitOnceWhateverTheRetries() {
        Map<String, Object> buy = Map.of("showId", showId, "productId", productId, "quantity", 1,
                "payment", "CASH_ON_DELIVERY");
        String key = UUID.randomUUID().toString();

        assertProblem(as("anchor1").header("Idempotency-Key", key).body(buy).post("/api/orders"), 403);

        orderId = as("shopper1").header("Idempotency-Key", key).body(buy).post("/api/orders")
                .then().statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("total.amount", equalTo(24.9f))
                .body("anchorId", equalTo(userId("anchor1")))
                .extract().path("id");

        as("shopper1").header("Idempotency-Key", key).body(buy).post("/api/orders")
                .then().statusCode(200).body("id", equalTo(orderId));

        Map<String, Object> other = Map.of("showId", showId, "productId", productId, "quantity", 2,
                "payment", "CASH_ON_DELIVERY");
        assertProblem(as("shopper1").header("Idempotency-Key", key).body(other).post("/api/orders"), 409)
                .body("detail", containsString("Idempotency-Key"));

        assertEquals(STOCK - 1, liveStock.left(UUID.fromString(showId), UUID.fromString(productId)),
                "one unit reserved, however often the request was retried");
        assertProblem(as("shopper2").get("/api/orders/" + orderId), 403);
        as("shopper1").get("/api/orders/mine").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(orderId));
    }

    @Test
    @Order(6)
    void merchantShipsTheOrderWithACarrierAndTrackingNumber() {
        Map<String, Object> ship = Map.of("orderIds", new String[] { orderId }, "carrier", "swiftpost",
                "trackingNumber", tracking);

        assertProblem(as("merchant2").body(ship).post("/api/shipments"), 403);
        assertProblem(as("shopper1").body(ship).post("/api/shipments"), 403);

        shipmentId = as("merchant1").body(ship).post("/api/shipments")
                .then().statusCode(201)
                .body("status", equalTo("SHIPPED"))
                .body("trackingNumber", equalTo(tracking))
                .extract().path("id");

        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("SHIPPED"));
        assertProblem(as("merchant1").body(ship).post("/api/shipments"), 409);
    }

    @Test
    @Order(7)
    void carrierServiceAccountPostsTheDeliveredEvent() {
        Map<String, Object> delivered = Map.of("eventId", "evt-" + tracking, "trackingNumber", tracking,
                "type", "DELIVERED", "occurredAt", Instant.now().minusSeconds(5).toString(),
                "recipientName", "Lin at the front door");

        assertProblem(as("shopper1").body(delivered).post("/api/carriers/swiftpost/events"), 403);
        assertProblem(asCarrier("rapidex").body(delivered).post("/api/carriers/swiftpost/events"), 403)
                .body("detail", containsString("own carrier"));

        asCarrier("swiftpost").body(delivered).post("/api/carriers/swiftpost/events")
                .then().statusCode(201).body("type", equalTo("DELIVERED"));
        asCarrier("swiftpost").body(delivered).post("/api/carriers/swiftpost/events")
                .then().statusCode(200);

        as("shopper1").get("/api/shipments/" + shipmentId + "/timeline")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].recipientName", equalTo("Lin at the front door"));
        as("shopper1").get("/api/shipments/" + shipmentId).then().body("status", equalTo("DELIVERED"));
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("DELIVERED"));
        assertProblem(as("shopper2").get("/api/shipments/" + shipmentId + "/timeline"), 403);
    }

    @Test
    @Order(8)
    void shopperRatesTheDeliveredOrderOnce() {
        Map<String, Object> rating = Map.of("orderId", orderId, "rating", 5, "comment", "Exactly as shown.");

        assertProblem(as("shopper2").body(rating).post("/api/feedback"), 403);
        assertProblem(as("shopper1").body(Map.of("orderId", orderId, "rating", 6)).post("/api/feedback"), 400)
                .body("errors[0].field", equalTo("rating"));

        as("shopper1").body(rating).post("/api/feedback")
                .then().statusCode(201).body("rating", equalTo(5)).body("productId", equalTo(productId));

        assertProblem(as("shopper1").body(rating).post("/api/feedback"), 409)
                .body("detail", containsString("already rated"));
    }

    @Test
    @Order(9)
    void anchorEndsTheShowTheRoomIsDestroyedAndUnsoldStockReturns() {
        assertProblem(as("anchor2").post("/api/shows/" + showId + "/end"), 403);

        as("anchor1").post("/api/shows/" + showId + "/end")
                .then().statusCode(200).body("status", equalTo("ENDED"));

        assertFalse(janusNodes.primary().roomExists(janusRoom).await().atMost(Duration.ofSeconds(5)), "the room is gone");
        given().get("/api/products/" + productId).then().body("stock", equalTo(STOCK - 1));
        assertProblem(as("shopper1").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("showId", showId, "productId", productId, "quantity", 1, "payment", "CASH_ON_DELIVERY"))
                .post("/api/orders"), 409).body("detail", containsString("not live"));
    }

    private Map<String, Object> product() {
        return Map.of("name", "Silver Needle white tea, 100 g", "description", "First flush, Fuding.", "sku", sku,
                "price", Map.of("amount", "24.90", "currency", "EUR"), "stock", STOCK - 2);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification asCarrier(String carrier) {
        return given().auth().oauth2(Tokens.carrier(carrier)).contentType(ContentType.JSON);
    }

    private static String userId(String user) {
        return given().auth().oauth2(Tokens.user(user)).get("/api/me").then().extract().path("id");
    }
}
