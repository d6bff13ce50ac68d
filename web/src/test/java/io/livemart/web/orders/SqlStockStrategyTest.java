package io.livemart.web.orders;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.reconciliation.ReconciliationService;
import io.livemart.orders.stock.LiveStock;
import io.livemart.orders.stock.SaleLot;
import io.livemart.orders.stock.SaleLots;
import io.livemart.orders.stock.StockStrategy;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.livemart.web.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The SQL stock strategy (the baseline of {@code ./livemart bench flash-sale}, ADR 0016) through the real buy API: a
 * flash sale recorded as counted by SQL is sold by conditional decrements of {@code sale_lot.units_left}, whatever the
 * strategy this instance opens new sales with. Never oversold, the per-buyer limit held under concurrent taps of one
 * buyer, units given back by cancellations and returned at close, nothing for reconciliation to repair.
 */
@QuarkusTest
class SqlStockStrategyTest {

    @Inject
    SaleLots saleLots;

    @Inject
    LiveStock liveStock;

    @Inject
    SaleLotRepository lots;

    @Inject
    OrderRepository orders;

    @Inject
    ReconciliationService reconciliation;

    @Test
    void fortyTapsOfThreeBuyersOnTheLastFiveUnitsMakeFiveOrdersWithinTheLimit() throws Exception {
        LiveShowFixture show = new LiveShowFixture(5);
        String saleId = openSqlFlashSale(show, 5, 2);
        String[] shoppers = { "shopper1", "shopper2", "shopper3" };
        for (String s : shoppers) {
            Tokens.user(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String shopper = shoppers[i % shoppers.length];
            answers.add(pool.submit(() -> {
                start.await();
                return show.buy(shopper, 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (Future<Integer> f : answers) {
            statuses.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of(201, 5, 409, 35), statuses, "five sold, every other tap refused as sold out or over the limit");
        UUID lot = UUID.fromString(saleId);
        assertEquals(0, unitsLeft(lot), "never below zero");
        assertEquals(5L, QuarkusTransaction.requiringNew().call(() -> orders.count("lotId", lot)));
        for (String s : shoppers) {
            long bought = QuarkusTransaction.requiringNew().call(() -> orders.count("lotId = ?1 and buyerId = ?2", lot,
                    io.livemart.web.support.Api.userId(s)));
            assertTrue(bought <= 2, s + " bought " + bought + " units, over the limit of 2");
        }
        given().get("/api/flash-sales/" + saleId).then().statusCode(200).body("left", equalTo(0));
        assertProblem(show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409);
        var report = reconciliation.reconcile();
        assertTrue(report.findings().stream().noneMatch(f -> f.lotId().equals(lot)), "nothing to repair: " + report);
        show.end();
        assertEquals(0, show.recordStock(), "all five sold");
    }

    @Test
    void aRetryAnswersTheSameOrderACancellationGivesItsUnitBackAndTheLeftoverReturnsAtClose() {
        LiveShowFixture show = new LiveShowFixture(6);
        String saleId = openSqlFlashSale(show, 4, 2);
        UUID lot = UUID.fromString(saleId);
        assertEquals(2L, liveStock.left(UUID.fromString(show.showId), UUID.fromString(show.skuId)),
                "the line-up's Redis counter keeps the other two units");
        String key = UUID.randomUUID().toString();
        String orderId = show.buy("shopper1", 2, "CASH_ON_DELIVERY", saleId, key).then().statusCode(201)
                .body("unitPrice.amount", equalTo(3.0f)).extract().path("id");
        show.buy("shopper1", 2, "CASH_ON_DELIVERY", saleId, key).then().statusCode(200).body("id", equalTo(orderId));
        assertEquals(2, unitsLeft(lot));
        assertProblem(show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("at most 2"));
        assertProblem(show.buy("shopper2", 3, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409)
                .body("detail", containsString("at most 2"));

        as("shopper1").post("/api/orders/" + orderId + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(4, unitsLeft(lot), "the cancelled order's units are on sale again");
        show.buy("shopper1", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()).then().statusCode(201);

        as("anchor1").post("/api/flash-sales/" + saleId + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("returned", equalTo(3));
        assertEquals(3, show.recordStock(), "what was left at close went back to the stock of record");
        var report = reconciliation.reconcile();
        assertTrue(report.findings().stream().noneMatch(f -> f.lotId().equals(lot)), "nothing to repair: " + report);
        show.end();
        assertEquals(5, show.recordStock(), "6 - the one unit sold");
    }

    /**
     * A flash sale of {@code quantity} units carved from the show's line-up and counted by the SQL strategy, as an
     * instance started with {@code orders.flash-sale.stock-strategy=sql} opens it (FlashSaleService.open, without its
     * announcement): one test profile fewer, and it shows that a sale is sold by the strategy recorded on it.
     */
    private String openSqlFlashSale(LiveShowFixture show, int quantity, int perBuyerLimit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID showId = UUID.fromString(show.showId);
            SaleLot lineup = lots.lineup(showId, UUID.fromString(show.skuId)).flatMap(l -> lots.locked(l.id)).orElseThrow();
            SaleLot lot = saleLots.newLot(showId, lineup.anchorId, lineup.skuId, lineup.productId, SaleLot.Kind.FLASH, perBuyerLimit);
            lot.allocated = quantity;
            lot.unitAmount = new BigDecimal("3.00");
            lot.currency = "EUR";
            lot.endsAt = Instant.now().plusSeconds(600);
            lot.stockStrategy = StockStrategy.Name.SQL;
            saleLots.openFlash(lineup, lot, quantity);
            lineup.allocated -= quantity;
            lots.persist(lot);
            return lot.id.toString();
        });
    }

    private int unitsLeft(UUID lotId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) lots.getEntityManager()
                .createNativeQuery("SELECT units_left FROM orders.sale_lot WHERE id = ?1").setParameter(1, lotId)
                .getSingleResult()).intValue());
    }
}
