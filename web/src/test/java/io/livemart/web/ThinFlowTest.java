package io.livemart.web;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.userId;
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
import io.livemart.web.support.Carrier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
    private String skuId;
    private String showId;
    private long janusRoom;
    private String orderId;
    private String shipmentId;

    @Test
    @Order(1)
    void merchantCreatesAProductWithStock() {
        as("merchant1").body(Map.of("name", "Merchant One Teas")).put("/api/stores/mine").then().statusCode(200);
        assertProblem(as("shopper1").body(product()).post("/api/products"), 403);

        productId = as("merchant1").body(product()).post("/api/products")
                .then().statusCode(201)
                .header("Location", containsString("/api/products/"))
                .body("skus[0].code", equalTo(sku))
                .body("skus[0].price.amount", equalTo(24.9f))
                .body("stock", equalTo(STOCK - 2))
                .extract().path("id");
        skuId = given().get("/api/products/" + productId).then().extract().path("skus[0].id");

        assertProblem(as("merchant1").body(product()).post("/api/products"), 409)
                .body("detail", containsString(sku));
    }

    @Test
    @Order(2)
    void onlyTheOwningMerchantChangesStockAndStaleEditsAreRefused() {
        int version = given().get("/api/products/" + productId).then().statusCode(200).extract().path("skus[0].version");

        assertProblem(as("merchant2").body(skuWithStock(0, version))
                .put("/api/products/" + productId + "/skus/" + skuId), 403);

        as("merchant1").body(skuWithStock(STOCK, version))
                .put("/api/products/" + productId + "/skus/" + skuId)
                .then().statusCode(200).body("skus[0].stock", equalTo(STOCK)).body("skus[0].version", equalTo(version + 1));

        assertProblem(as("merchant1").body(skuWithStock(3, version))
                .put("/api/products/" + productId + "/skus/" + skuId), 409);
        given().get("/api/products/" + productId).then().body("stock", equalTo(STOCK));
    }

    @Test
    @Order(3)
    void merchantOffersTheProductToAnchor1WhoTakesItIntoItsSelection() {
        String anchor1 = userId("anchor1");
        String offerId = as("merchant1").body(Map.of("productId", productId, "commissionRate", "12.5",
                "anchorIds", new String[] { anchor1 })).post("/api/offers")
                .then().statusCode(201).body("commissionRate", equalTo(12.5f)).extract().path("id");

        assertProblem(as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection"), 403)
                .body("detail", containsString("other anchors"));
        as("anchor1").body(Map.of("offerId", offerId)).post("/api/selection")
                .then().statusCode(201).body("productId", equalTo(productId));
    }

    @Test
    @Order(4)
    void anchorSchedulesAShowWithTheProductInItsLineUp() {
        Map<String, Object> show = Map.of("title", "Spring tea tasting",
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(),
                "lineup", new String[] { productId });

        assertProblem(as("shopper1").body(show).post("/api/shows"), 403);
        assertProblem(as("anchor2").body(show).post("/api/shows"), 400).body("detail", containsString("selection"));

        showId = as("anchor1").body(show).post("/api/shows")
                .then().statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .body("lineup[0]", equalTo(productId))
                .extract().path("id");

        given().get("/api/shows/" + showId).then().statusCode(200).body("title", equalTo("Spring tea tasting"));
    }

    @Test
    @Order(5)
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

        assertEquals(STOCK, liveStock.left(UUID.fromString(showId), UUID.fromString(skuId)),
                "the line-up's stock moved into Redis");
        given().get("/api/products/" + productId).then().body("stock", equalTo(0));
    }

    @Test
    @Order(6)
    void shopperBuysOneUnitOnceWhateverTheRetries() {
        Map<String, Object> buy = Map.of("showId", showId, "skuId", skuId, "quantity", 1,
                "payment", "CASH_ON_DELIVERY");
        String key = UUID.randomUUID().toString();

        assertProblem(as("anchor1").header("Idempotency-Key", key).body(buy).post("/api/orders"), 403);

        orderId = as("shopper1").header("Idempotency-Key", key).body(buy).post("/api/orders")
                .then().statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("total.amount", equalTo(24.9f))
                .body("commissionRate", equalTo(12.5f))
                .body("marketingModes", org.hamcrest.Matchers.contains("VALUE"))
                .body("anchorId", equalTo(userId("anchor1")))
                .extract().path("id");

        as("shopper1").header("Idempotency-Key", key).body(buy).post("/api/orders")
                .then().statusCode(200).body("id", equalTo(orderId));

        Map<String, Object> other = Map.of("showId", showId, "skuId", skuId, "quantity", 2,
                "payment", "CASH_ON_DELIVERY");
        assertProblem(as("shopper1").header("Idempotency-Key", key).body(other).post("/api/orders"), 409)
                .body("detail", containsString("Idempotency-Key"));

        assertEquals(STOCK - 1, liveStock.left(UUID.fromString(showId), UUID.fromString(skuId)),
                "one unit reserved, however often the request was retried");
        assertProblem(as("shopper2").get("/api/orders/" + orderId), 403);
        as("shopper1").get("/api/orders/mine").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(orderId));
    }

    @Test
    @Order(7)
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
    @Order(8)
    void carrierServiceAccountPostsTheDeliveredEvent() {
        String delivered = Carrier.event("evt-" + tracking, tracking, "DELIVERED", Instant.now().minusSeconds(5));

        assertProblem(as("shopper1").body(delivered).post("/api/carriers/swiftpost/events"), 403);
        assertProblem(Carrier.post("rapidex", "swiftpost", delivered, Instant.now()), 403)
                .body("detail", containsString("own carrier"));

        Carrier.post("swiftpost", delivered).then().statusCode(201).body("type", equalTo("DELIVERED"));
        Carrier.post("swiftpost", delivered).then().statusCode(200);

        as("shopper1").get("/api/shipments/" + shipmentId + "/timeline")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].recipientName", equalTo("Lin at the front door"));
        as("shopper1").get("/api/shipments/" + shipmentId).then().body("status", equalTo("DELIVERED"));
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("DELIVERED"));
        assertProblem(as("shopper2").get("/api/shipments/" + shipmentId + "/timeline"), 403);
    }

    @Test
    @Order(9)
    void shopperRatesTheDeliveredOrderOnce() {
        Map<String, Object> rating = Map.of("orderId", orderId, "rating", 5, "comment", "Exactly as shown.",
                "merchantRating", 4, "asShown", true);

        assertProblem(as("shopper2").body(rating).post("/api/feedback"), 403);
        assertProblem(as("shopper1").body(Map.of("orderId", orderId, "rating", 6, "merchantRating", 4, "asShown", true))
                .post("/api/feedback"), 400)
                .body("errors[0].field", equalTo("rating"));

        as("shopper1").body(rating).post("/api/feedback")
                .then().statusCode(201).body("rating", equalTo(5)).body("productId", equalTo(productId));

        assertProblem(as("shopper1").body(rating).post("/api/feedback"), 409)
                .body("detail", containsString("already rated"));
    }

    @Test
    @Order(10)
    void anchorEndsTheShowTheRoomIsDestroyedAndUnsoldStockReturns() {
        assertProblem(as("anchor2").post("/api/shows/" + showId + "/end"), 403);

        as("anchor1").post("/api/shows/" + showId + "/end")
                .then().statusCode(200).body("status", equalTo("ENDED"));

        assertFalse(janusNodes.primary().roomExists(janusRoom).await().atMost(Duration.ofSeconds(5)), "the room is gone");
        given().get("/api/products/" + productId).then().body("stock", equalTo(STOCK - 1));
        assertProblem(as("shopper1").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("showId", showId, "skuId", skuId, "quantity", 1, "payment", "CASH_ON_DELIVERY"))
                .post("/api/orders"), 409).body("detail", containsString("not live"));
    }

    private Map<String, Object> product() {
        return Map.of("name", "Silver Needle white tea", "description", "First flush, Fuding.", "category", "tea",
                "skus", new Object[] { Map.of("code", sku, "attributes", Map.of("weight", "100 g"),
                        "price", Map.of("amount", "24.90", "currency", "EUR"),
                        "costPrice", Map.of("amount", "11.00", "currency", "EUR"), "stock", STOCK - 2) });
    }

    private Map<String, Object> skuWithStock(int stock, int version) {
        return Map.of("code", sku, "attributes", Map.of("weight", "100 g"),
                "price", Map.of("amount", "24.90", "currency", "EUR"),
                "costPrice", Map.of("amount", "11.00", "currency", "EUR"), "stock", stock, "version", version);
    }
}
