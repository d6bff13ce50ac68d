package io.livemart.web.orders;

import static io.livemart.web.orders.LiveShowFixture.SANDBOX_SECRET;
import static io.livemart.web.orders.LiveShowFixture.callback;
import static io.livemart.web.orders.LiveShowFixture.paymentSucceeded;
import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.reconciliation.ReconciliationService;
import io.livemart.orders.stock.LiveStock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.livemart.web.support.Carrier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One-tap buy with a reservation, payment online / cash on delivery / pick-up, the state machine and the views. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderCheckoutTest {

    @Inject
    LiveStock liveStock;

    @Inject
    OrderRepository orders;

    @Inject
    ReconciliationService reconciliation;

    private LiveShowFixture show;

    /** One live show shared by the tests of this class, started on first use (RestAssured is ready by then). */
    @BeforeEach
    void liveShow() {
        if (show == null) {
            show = new LiveShowFixture(30);
        }
    }

    private long left() {
        return liveStock.left(UUID.fromString(show.showId), UUID.fromString(show.skuId));
    }

    @Test
    void onlineBuyIsReservedWithAnExpiryAndPaidThroughASignedCallbackOnce() {
        long before = left();
        var answer = show.buy("shopper1", 2, "ONLINE").then().statusCode(201)
                .body("status", equalTo("AWAITING_PAYMENT"))
                .body("message", equalTo("Reserved: pay within 15 minutes."))
                .body("reservedUntil", notNullValue())
                .body("online.provider", equalTo("sandbox"))
                .body("online.checkoutUrl", containsString("sbx_pay_"))
                .body("total.amount", equalTo(20.0f))
                .body("productName", equalTo(show.productName + " (size M)"));
        String orderId = answer.extract().path("id");
        String reference = answer.extract().path("online.reference");
        assertEquals(before - 2, left());

        String event = "evt-" + UUID.randomUUID();
        String body = paymentSucceeded(event, reference, "20.00");
        assertProblem(callback(body, "not-the-secret"), 403).body("detail", containsString("signature"));
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("AWAITING_PAYMENT"));
        assertProblem(callback(paymentSucceeded("evt-" + UUID.randomUUID(), reference, "19.00"), SANDBOX_SECRET), 409)
                .body("detail", containsString("amount"));

        callback(body, SANDBOX_SECRET).then().statusCode(200).body("outcome", equalTo("paid")).body("replay", equalTo(false));
        callback(body, SANDBOX_SECRET).then().statusCode(200).body("outcome", equalTo("paid")).body("replay", equalTo(true));
        String changed = body.replace("20.00", "20.0");
        assertProblem(callback(changed, SANDBOX_SECRET), 409).body("detail", containsString("another body"));
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("PAID")).body("paidAt", notNullValue());
    }

    @Test
    void anUnpaidReservationExpiresAndItsUnitsGoBackOnSale() {
        long before = left();
        String orderId = show.buy("shopper2", 1, "ONLINE").then().statusCode(201).extract().path("id");
        assertEquals(before - 1, left());
        QuarkusTransaction.requiringNew().run(() -> orders.findById(UUID.fromString(orderId)).reservedUntil = Instant.now().minusSeconds(1));

        reconciliation.expireReservations();

        as("shopper2").get("/api/orders/" + orderId).then().body("status", equalTo("EXPIRED"))
                .body("message", startsWith("Expired"));
        assertEquals(before, left(), "the expired reservation's unit is on sale again");
    }

    @Test
    void aLatePaymentOnAnExpiredOrderIsRefundedNotLost() {
        var answer = show.buy("shopper2", 1, "ONLINE").then().statusCode(201);
        String orderId = answer.extract().path("id");
        String reference = answer.extract().path("online.reference");
        QuarkusTransaction.requiringNew().run(() -> orders.findById(UUID.fromString(orderId)).reservedUntil = Instant.now().minusSeconds(1));
        reconciliation.expireReservations();

        callback(paymentSucceeded("evt-" + UUID.randomUUID(), reference, "10.00"), SANDBOX_SECRET).then().statusCode(200)
                .body("outcome", containsString("refunded"));
        as("shopper2").get("/api/orders/" + orderId).then().body("status", equalTo("EXPIRED"))
                .body("refund", equalTo("REFUNDED")).body("paidAt", notNullValue());
    }

    @Test
    void aCancelledPaidOrderIsRefundedAndItsUnitsReturnIllegalMovesAreRefused() {
        var answer = show.buy("shopper1", 1, "ONLINE").then().statusCode(201);
        String orderId = answer.extract().path("id");
        callback(paymentSucceeded("evt-" + UUID.randomUUID(), answer.extract().path("online.reference"), "10.00"), SANDBOX_SECRET)
                .then().statusCode(200);
        long before = left();

        assertProblem(as("shopper2").post("/api/orders/" + orderId + "/cancel"), 403);
        assertProblem(as("merchant1").post("/api/orders/" + orderId + "/collected"), 409);
        as("shopper1").post("/api/orders/" + orderId + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("refund", equalTo("REFUNDED"));
        assertEquals(before + 1, left());
        assertProblem(as("shopper1").post("/api/orders/" + orderId + "/cancel"), 409).body("detail", containsString("cancelled"));
        assertEquals(before + 1, left(), "a second cancel gives nothing back twice");
    }

    @Test
    void pickUpInStoreIsCompletedWhenTheMerchantMarksItCollected() {
        String orderId = show.buy("shopper1", 1, "PICKUP_IN_STORE").then().statusCode(201)
                .body("status", equalTo("READY_FOR_PICKUP")).extract().path("id");
        assertProblem(as("merchant2").post("/api/orders/" + orderId + "/collected"), 403);
        assertProblem(as("shopper1").post("/api/orders/" + orderId + "/collected"), 403);
        as("merchant1").post("/api/orders/" + orderId + "/collected").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("paidAt", notNullValue());
        assertProblem(as("merchant1").post("/api/orders/" + orderId + "/collected"), 409);
    }

    @Test
    void cashOnDeliveryIsConfirmedAtOnceAndPaidWhenDelivered() {
        String first = show.buy("shopper2", 1, "CASH_ON_DELIVERY").then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("reservedUntil", equalTo(null)).extract().path("id");
        String second = show.buy("shopper2", 1, "CASH_ON_DELIVERY").then().statusCode(201).extract().path("id");

        as("merchant1").queryParam("showId", show.showId).get("/api/orders/merchant/parcels").then().statusCode(200)
                .body("find { it.buyerId == '" + io.livemart.web.support.Api.userId("shopper2") + "' }.orderIds", hasItem(first))
                .body("find { it.buyerId == '" + io.livemart.web.support.Api.userId("shopper2") + "' }.orderIds", hasItem(second));

        String tracking = "SPO" + System.nanoTime();
        as("merchant1").body(Map.of("orderIds", List.of(first, second), "carrier", "swiftpost", "trackingNumber", tracking))
                .post("/api/shipments").then().statusCode(201);
        as("shopper2").get("/api/orders/" + first).then().body("paidAt", equalTo(null));
        Carrier.post("swiftpost", Carrier.event("evt-" + tracking, tracking, "DELIVERED", Instant.now().minusSeconds(2)))
                .then().statusCode(201);
        as("shopper2").get("/api/orders/" + first).then().body("status", equalTo("DELIVERED")).body("paidAt", notNullValue());
        assertProblem(as("shopper2").post("/api/orders/" + first + "/cancel"), 409);
        as("shopper2").post("/api/orders/" + first + "/received").then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void badInputIsAPreciseProblemAndNothingChanges() {
        long before = left();
        assertProblem(as("shopper1").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("showId", UUID.randomUUID(), "skuId", show.skuId, "quantity", 1, "payment", "ONLINE"))
                .post("/api/orders"), 404).body("detail", containsString("No show"));
        String otherProduct = io.livemart.web.support.Api.product("merchant1", "Not in line-up", "tea",
                io.livemart.web.support.Api.sku("NL-" + UUID.randomUUID().toString().substring(0, 8), "5.00", "1.00", 3));
        String otherSku = io.restassured.RestAssured.given().get("/api/products/" + otherProduct).then().extract().path("skus[0].id");
        assertProblem(as("shopper1").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("showId", show.showId, "skuId", otherSku, "quantity", 1, "payment", "ONLINE"))
                .post("/api/orders"), 409).body("detail", containsString("line-up"));
        assertProblem(show.buy("shopper1", 6, "ONLINE"), 409).body("detail", containsString("per-buyer limit"));
        assertProblem(show.buy("shopper1", 1, "BITCOIN"), 400);
        assertProblem(as("shopper1").body(Map.of("showId", show.showId, "skuId", show.skuId, "quantity", 1, "payment", "ONLINE"))
                .post("/api/orders"), 400).body("detail", containsString("Idempotency-Key"));
        assertEquals(before, left(), "nothing was reserved by refused requests");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> orders.count("productId", UUID.fromString(otherProduct))));
    }

    @Test
    void viewsShowEachRoleOnlyItsOwn() {
        show.buy("shopper1", 1, "CASH_ON_DELIVERY").then().statusCode(201);
        as("shopper1").queryParam("status", "CONFIRMED").get("/api/orders/mine").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("CONFIRMED")));
        as("merchant1").queryParam("showId", show.showId).queryParam("status", "CONFIRMED").get("/api/orders/merchant")
                .then().statusCode(200).body("merchantId", org.hamcrest.Matchers.everyItem(equalTo(io.livemart.web.support.Api.userId("merchant1"))))
                .body("showId", org.hamcrest.Matchers.everyItem(equalTo(show.showId)));
        as("merchant2").queryParam("showId", show.showId).get("/api/orders/merchant").then().statusCode(200)
                .body("size()", equalTo(0));
        assertProblem(as("shopper1").get("/api/orders/merchant"), 403);
        as("anchor1").queryParam("showId", show.showId).get("/api/orders/anchor/sales").then().statusCode(200)
                .body("[0].showId", equalTo(show.showId)).body("[0].gmv.currency", equalTo("EUR"));
        assertProblem(as("anchor2").queryParam("showId", show.showId).get("/api/orders/anchor/sales"), 403);
        assertProblem(as("shopper1").get("/api/orders/anchor/sales"), 403);
    }
}
