package io.livemart.web.orders;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.core.events.FlashSaleClosed;
import io.livemart.core.events.FlashSaleOpened;
import io.livemart.core.events.FlashSaleSoldOut;
import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.reconciliation.ReconciliationService;
import io.livemart.orders.stock.LiveStock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Flash sales: open with stock moved into Redis, many buyers on the last units, sold out, close, time running out. */
@QuarkusTest
class FlashSaleTest {

    @Inject
    LiveStock liveStock;

    @Inject
    OrderRepository orders;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    RoomAnnouncements announcements;

    @Test
    void onlyTheShowsAnchorOpensASaleOnALineUpSkuAndBadSalesAreRefused() {
        LiveShowFixture show = new LiveShowFixture(10);
        assertProblem(as("anchor2").body(show.flashSale(3, "5.00", 1, 60)).post("/api/flash-sales"), 403);
        assertProblem(as("shopper1").body(show.flashSale(3, "5.00", 1, 60)).post("/api/flash-sales"), 403);
        assertProblem(as("anchor1").body(show.flashSale(3, "5.00", 4, 60)).post("/api/flash-sales"), 400)
                .body("detail", containsString("per-buyer limit"));
        assertProblem(as("anchor1").body(show.flashSale(11, "5.00", 1, 60)).post("/api/flash-sales"), 409)
                .body("detail", containsString("Not enough units"));
        assertProblem(as("anchor1").body(show.flashSale(3, "5.00", 1, 0)).post("/api/flash-sales"), 400);
        assertEquals(10, liveStock.left(UUID.fromString(show.showId), UUID.fromString(show.skuId)), "nothing moved");

        String saleId = show.openFlashSale(4, "5.00", 2, 600);
        assertEquals(6, liveStock.left(UUID.fromString(show.showId), UUID.fromString(show.skuId)), "units carved from the line-up");
        given().get("/api/flash-sales/" + saleId).then().statusCode(200).body("left", equalTo(4)).body("status", equalTo("OPEN"));
        assertProblem(as("anchor1").body(show.flashSale(1, "5.00", 1, 60)).post("/api/flash-sales"), 409)
                .body("detail", containsString("already running"));
        assertTrue(announcements.events().stream().anyMatch(e -> e instanceof FlashSaleOpened o && o.saleId().toString().equals(saleId)));

        show.buy("shopper1", 2, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()).then().statusCode(201)
                .body("unitPrice.amount", equalTo(5.0f));
        assertProblem(show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("at most 2"));

        assertProblem(as("anchor2").post("/api/flash-sales/" + saleId + "/close"), 403);
        as("anchor1").post("/api/flash-sales/" + saleId + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("returned", equalTo(2));
        assertEquals(2, show.recordStock(), "what was left at close went back to the stock of record");
        assertProblem(show.buy("shopper2", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("ended"));
        assertTrue(announcements.events().stream().anyMatch(e -> e instanceof FlashSaleClosed c && c.saleId().toString().equals(saleId)
                && c.soldUnits() == 2 && c.returnedUnits() == 2));
        show.end();
        assertEquals(8, show.recordStock(), "line-up and flash units all accounted for: 10 - 2 sold");
    }

    @Test
    void fortyBuyersAtOnceOnTheLastFiveUnitsMakeExactlyFiveOrders() throws Exception {
        LiveShowFixture show = new LiveShowFixture(5);
        String saleId = show.openFlashSale(5, "1.00", 5, 600);
        String[] shoppers = { "shopper1", "shopper2" };
        for (String s : shoppers) {
            io.livemart.web.support.Tokens.user(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String shopper = shoppers[i % 2];
            answers.add(pool.submit(() -> {
                start.await();
                return show.buy(shopper, 1, "ONLINE", saleId, UUID.randomUUID().toString()).statusCode();
            }));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Integer> f : answers) {
            int status = f.get();
            if (status == 201) {
                created++;
            } else if (status == 409) {
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(5, created, "exactly the five units were sold");
        assertEquals(35, refused, "every other buyer was told it is sold out or over the limit");
        assertEquals(0L, liveStock.left(UUID.fromString(saleId)), "never below zero");
        assertEquals(5L, QuarkusTransaction.requiringNew().call(() -> orders.count("lotId", UUID.fromString(saleId))));
        assertTrue(announcements.events().stream().anyMatch(e -> e instanceof FlashSaleSoldOut s && s.saleId().toString().equals(saleId)));
        assertProblem(show.buy("shopper1", 1, "ONLINE", saleId, UUID.randomUUID().toString()), 409);
        var report = reconciliation.reconcile();
        assertTrue(report.findings().stream().noneMatch(f -> f.lotId().toString().equals(saleId)), "nothing to repair: " + report);
    }

    @Test
    void refusalsOfASoldOutSaleComeFromItsCounterYetARetryOfAnAcceptedKeyStillAnswersItsOrder() {
        LiveShowFixture show = new LiveShowFixture(3);
        String saleId = show.openFlashSale(2, "1.00", 1, 600);
        String key = UUID.randomUUID().toString();
        String orderId = show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, key).then().statusCode(201).extract().path("id");
        assertProblem(show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("at most 1"));
        show.buy("shopper2", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()).then().statusCode(201);
        assertProblem(show.buy("shopper3", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("Sold out"));

        show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, key).then().statusCode(200).body("id", equalTo(orderId));
        assertProblem(show.buy("shopper1", 2, "CASH_ON_DELIVERY", saleId, key), 409)
                .body("detail", containsString("Idempotency-Key"));
        LiveShowFixture other = new LiveShowFixture(1);
        assertProblem(other.buy("shopper3", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("another show"));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> orders.count("lotId", UUID.fromString(saleId))));
        other.end();
        show.end();
        assertEquals(1, show.recordStock());
    }

    @Test
    void aSaleWhoseTimeRunsOutIsClosedByTheSchedulerAndItsLeftoverReturns() throws Exception {
        LiveShowFixture show = new LiveShowFixture(6);
        String saleId = show.openFlashSale(3, "2.00", 3, 1);
        long deadline = System.currentTimeMillis() + 60_000;
        String status = "OPEN";
        while (!"CLOSED".equals(status) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            status = given().get("/api/flash-sales/" + saleId).then().extract().path("status");
        }
        assertEquals("CLOSED", status);
        given().get("/api/flash-sales/" + saleId).then().body("closeReason", equalTo("time ran out")).body("returned", equalTo(3));
        assertEquals(3, show.recordStock());
        show.end();
        assertEquals(6, show.recordStock());
    }
}
