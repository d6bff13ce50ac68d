package io.livemart.web.orders;

import static io.livemart.web.orders.LiveShowFixture.SANDBOX_SECRET;
import static io.livemart.web.orders.LiveShowFixture.callback;
import static io.livemart.web.orders.LiveShowFixture.paymentSucceeded;
import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.stock.LiveStock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The two faults: Redis restarting mid-sale without persistence, and PostgreSQL refusing a write. No unit is sold
 * twice, no paid order is lost, no order exists without its stock; the service settles once the fault is gone.
 */
@QuarkusTest
class StockFaultsTest {

    @Inject
    LiveStock liveStock;

    @Inject
    OrderRepository orders;

    @Inject
    AgroalDataSource db;

    @Test
    void redisLosingItsDataMidSaleIsRebuiltFromTheRecordWithoutSellingAUnitTwice() throws Exception {
        LiveShowFixture show = new LiveShowFixture(10);
        String saleId = show.openFlashSale(6, "3.00", 6, 600);
        show.buy("shopper1", 2, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()).then().statusCode(201);
        show.buy("shopper2", 1, "ONLINE", saleId, UUID.randomUUID().toString()).then().statusCode(201);

        restartRedisWithoutPersistence();

        assertProblem(show.buy("shopper2", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 503)
                .body("detail", containsString("restored"));
        long deadline = System.currentTimeMillis() + 90_000;
        int status = 503;
        while (status == 503 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            status = show.buy("shopper2", 1, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()).statusCode();
        }
        assertEquals(201, status, "buying works again once the counters are rebuilt from the record");
        assertEquals(2L, liveStock.left(UUID.fromString(saleId)), "6 - (2 + 1 + 1) units: none sold twice");
        assertProblem(show.buy("shopper1", 3, "CASH_ON_DELIVERY", saleId, UUID.randomUUID().toString()), 409);
        as("admin1").post("/api/admin/reconciliation").then().statusCode(200);
        assertEquals(2L, liveStock.left(UUID.fromString(saleId)));
        assertProblem(as("shopper1").post("/api/admin/reconciliation"), 403);

        show.end();
        // The line-up lot lost its counter too: once in-flight buys have settled, reconciliation returns its units.
        long until = System.currentTimeMillis() + 90_000;
        while (show.recordStock() != 10 - 4 && System.currentTimeMillis() < until) {
            Thread.sleep(1000);
            as("admin1").post("/api/admin/reconciliation").then().statusCode(200);
        }
        assertEquals(10 - 4, show.recordStock(), "every unit is an order or back in the stock of record");
    }

    @Test
    void postgresRefusingTheOrderWriteReleasesTheReservationAndAPaymentIsRecordedOnceItIsBack() throws Exception {
        LiveShowFixture show = new LiveShowFixture(5);
        long before = liveStock.left(UUID.fromString(show.showId), UUID.fromString(show.skuId));
        sql("CREATE OR REPLACE FUNCTION orders.test_refuse() RETURNS trigger AS $$ BEGIN "
                + "RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql");
        sql("CREATE TRIGGER test_refuse_insert BEFORE INSERT ON orders.customer_order FOR EACH ROW "
                + "WHEN (NEW.show_id = '" + show.showId + "') EXECUTE FUNCTION orders.test_refuse()");
        try {
            assertProblem(show.buy("shopper1", 2, "ONLINE"), 503).body("detail", containsString("nothing was reserved"));
        } finally {
            sql("DROP TRIGGER test_refuse_insert ON orders.customer_order");
        }
        assertEquals(before, liveStock.left(UUID.fromString(show.showId), UUID.fromString(show.skuId)), "the reservation was released");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> orders.count("showId", UUID.fromString(show.showId))));

        var order = show.buy("shopper1", 2, "ONLINE").then().statusCode(201);
        String orderId = order.extract().path("id");
        String body = paymentSucceeded("evt-" + UUID.randomUUID(), order.extract().path("online.reference"), "20.00");
        sql("CREATE TRIGGER test_refuse_update BEFORE UPDATE ON orders.customer_order FOR EACH ROW "
                + "WHEN (NEW.show_id = '" + show.showId + "') EXECUTE FUNCTION orders.test_refuse()");
        try {
            assertProblem(callback(body, SANDBOX_SECRET), 503).body("detail", containsString("again"));
        } finally {
            sql("DROP TRIGGER test_refuse_update ON orders.customer_order");
        }
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("AWAITING_PAYMENT"));
        callback(body, SANDBOX_SECRET).then().statusCode(200).body("outcome", equalTo("paid")).body("replay", equalTo(false));
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("PAID"));
        show.end();
        assertEquals(3, show.recordStock());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Restarts the stack's Redis the way infra/lib/redis.sh starts it, dropping all its data (no persistence). */
    private static void restartRedisWithoutPersistence() throws Exception {
        String port = System.getenv().getOrDefault("LIVEMART_REDIS_PORT", "16379");
        String state = System.getenv().getOrDefault("LIVEMART_STATE", new File("..", ".livemart").getCanonicalPath());
        File dir = new File(state, "redis");
        run("redis-cli", "-p", port, "shutdown", "nosave");
        for (int i = 0; i < 50 && ping(port); i++) {
            Thread.sleep(100);
        }
        run("redis-server", "--bind", "127.0.0.1", "--port", port, "--save", "", "--appendonly", "no", "--dir", dir.getPath(),
                "--daemonize", "yes", "--pidfile", new File(dir, "redis.pid").getPath(), "--logfile",
                new File(dir, "redis.log").getPath());
        for (int i = 0; i < 100 && !ping(port); i++) {
            Thread.sleep(100);
        }
        assertTrue(ping(port), "Redis is back");
    }

    private static boolean ping(String port) throws Exception {
        Process p = new ProcessBuilder("redis-cli", "-p", port, "ping").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return "PONG".equals(out);
    }

    private static void run(String... command) throws Exception {
        new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }
}
