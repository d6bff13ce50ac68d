package io.livemart.web.anchor;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.livemart.core.events.OrderPlaced;
import io.livemart.core.events.ShowFiguresRecorded;
import io.livemart.core.money.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seller tiers with the default thresholds (1000 followers or 10 000 EUR over 30 days for influence; two of
 * 100 average concurrent viewers, 0.05 engagements per viewer-minute and 2 % conversion for attractiveness).
 * Sales and audience figures arrive as the domain events the orders and streaming modules fire, inside a
 * transaction, exactly as they would; the tier is read through the API with real tokens.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnchorTierTest {

    @Inject
    Event<OrderPlaced> orderPlaced;

    @Inject
    Event<ShowFiguresRecorded> figuresRecorded;

    @Inject
    EntityManager entityManager;

    private String anchor4;
    private String anchor3;

    @BeforeEach
    void ids() {
        if (anchor4 != null) {
            return;
        }
        anchor4 = userId("anchor4");
        anchor3 = as("anchor3").body(Map.of("displayName", "Chloe Cooks", "categories", List.of("Kitchen")))
                .put("/api/anchors/me").then().statusCode(200).extract().path("id");
    }

    @Test
    @Order(1)
    void anAnchorWithNothingYetIsALowLevelSellerAndSeesEveryThreshold() {
        JsonPath tier = as("anchor4").get("/api/anchors/me/tier").then().statusCode(200)
                .body("tier", equalTo("LOW_LEVEL"))
                .body("label", equalTo("low-level seller"))
                .body("currency", equalTo("EUR"))
                .body("influence.high", equalTo(false))
                .body("influence.required", equalTo(1))
                .body("influence.measures.name", org.hamcrest.Matchers.contains("followers", "gmv"))
                .body("attractiveness.required", equalTo(2))
                .body("attractiveness.measures.name", org.hamcrest.Matchers.contains(
                        "averageConcurrentViewers", "engagementPerViewerMinute", "conversionRate", "asShownRate"))
                .body("explanation", containsString("low-level seller"))
                .extract().jsonPath();
        assertAmount("1000", tier.getObject("influence.measures[0].threshold", BigDecimal.class));
        assertAmount("10000.00", tier.getObject("influence.measures[1].threshold", BigDecimal.class));
        assertEquals(0, tier.getObject("influence.measures[1].value", BigDecimal.class).signum());
        assertEquals(Boolean.FALSE, tier.get("attractiveness.measures[2].passes"));
    }

    @Test
    @Order(4)
    void onlyTheAnchorItselfAndStaffSeeTheMeasures() {
        as("anchor4").get("/api/anchors/" + anchor4 + "/tier").then().statusCode(200).body("anchorId", equalTo(anchor4));
        as("admin1").get("/api/anchors/" + anchor4 + "/tier").then().statusCode(200);
        as("moderator1").get("/api/anchors/" + anchor4 + "/tier").then().statusCode(200);

        assertProblem(as("anchor3").get("/api/anchors/" + anchor4 + "/tier"), 403).body("detail", containsString("staff"));
        assertProblem(as("shopper1").get("/api/anchors/" + anchor4 + "/tier"), 403);
        assertProblem(as("merchant1").get("/api/anchors/" + anchor4 + "/tier"), 403);
        assertProblem(as("shopper1").get("/api/anchors/me/tier"), 403);
        assertProblem(given().get("/api/anchors/" + anchor4 + "/tier"), 401);
        assertProblem(as("admin1").get("/api/anchors/no-such-anchor/tier"), 404);
    }

    @Test
    @Order(2)
    void figuresOutsideTheWindowDoNotCount() {
        figures(anchor4, Instant.now().minus(31, ChronoUnit.DAYS), 120, 120_000, 5_000, 50_000, 1_000);
        tier("anchor4").body("tier", equalTo("LOW_LEVEL"));
    }

    @Test
    @Order(3)
    void anAttractiveAudienceMakesAnOrdinarySeller() {
        // 60 minutes, 150 watching on average, 0.1 engagements per viewer-minute, 3 % of 400 viewers bought.
        figures(anchor4, Instant.now().minus(2, ChronoUnit.DAYS), 60, 9_000, 400, 900, 12);
        JsonPath tier = tier("anchor4").body("tier", equalTo("ORDINARY"))
                .body("attractiveness.high", equalTo(true))
                .body("attractiveness.passed", equalTo(3))
                .body("influence.high", equalTo(false))
                .extract().jsonPath();
        assertAmount("150.00", tier.getObject("attractiveness.measures[0].value", BigDecimal.class));
        assertAmount("0.1000", tier.getObject("attractiveness.measures[1].value", BigDecimal.class));
        assertAmount("0.0300", tier.getObject("attractiveness.measures[2].value", BigDecimal.class));
    }

    @Test
    @Order(5)
    void salesOutsideTheWindowOrInAnotherCurrencyDoNotCount() {
        order(anchor4, "50000.00", "USD", Instant.now());
        order(anchor4, "50000.00", "EUR", Instant.now().minus(30, ChronoUnit.DAYS));
        JsonPath tier = tier("anchor4").body("tier", equalTo("ORDINARY")).extract().jsonPath();
        assertEquals(0, tier.getObject("influence.measures[1].value", BigDecimal.class).signum());
    }

    @Test
    @Order(6)
    void highGmvOnTopMakesASuperSeller() {
        order(anchor4, "9000.00", "EUR", Instant.now().minus(29, ChronoUnit.DAYS));
        order(anchor4, "1000.00", "EUR", Instant.now());
        JsonPath tier = tier("anchor4").body("tier", equalTo("SUPER"))
                .body("label", equalTo("super seller"))
                .body("influence.high", equalTo(true))
                .body("influence.measures[1].passes", equalTo(true))
                .body("explanation", containsString("High influence"))
                .extract().jsonPath();
        assertAmount("10000.00", tier.getObject("influence.measures[1].value", BigDecimal.class));
        given().get("/api/anchors/" + anchor4).then().statusCode(200).body("tier", equalTo("SUPER"));
    }

    @Test
    @Order(7)
    void aFollowIsCountedAtOnce() {
        int before = tier("anchor4").extract().path("influence.measures[0].value");
        as("shopper3").put("/api/anchors/" + anchor4 + "/follow").then().statusCode(200);
        tier("anchor4").body("influence.measures[0].value", equalTo(before + 1))
                .body("influence.measures[0].passes", equalTo(false));
        as("shopper3").delete("/api/anchors/" + anchor4 + "/follow").then().statusCode(200);
    }

    @Test
    @Order(8)
    void concurrentOrdersNeverLoseASaleAndHighGmvAloneMakesAFamousSellerListedAsSuch() throws Exception {
        tier("anchor3").body("tier", equalTo("LOW_LEVEL"));
        order(anchor3, "9800.00", "EUR", Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                all.add(pool.submit(() -> order(anchor3, "10.00", "EUR", Instant.now())));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonPath tier = tier("anchor3").body("tier", equalTo("FAMOUS"))
                .body("label", equalTo("famous seller"))
                .extract().jsonPath();
        assertAmount("10000.00", tier.getObject("influence.measures[1].value", BigDecimal.class));

        given().queryParam("tier", "FAMOUS").queryParam("size", 100).get("/api/anchors").then().statusCode(200)
                .body("items.id", hasItem(anchor3));
        given().queryParam("tier", "LOW_LEVEL").queryParam("size", 100).get("/api/anchors").then().statusCode(200)
                .body("items.id", not(hasItem(anchor3)));
    }

    @Test
    @Order(9)
    void staleStoredTiersAreRecomputedOnTheFirstListing() {
        // What every start of the application and every new UTC day does to the stored tiers.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update core.anchor set tier_day = null, tier = 'LOW_LEVEL'").executeUpdate());
        given().queryParam("name", "Chloe Cooks").get("/api/anchors").then().statusCode(200)
                .body("items.find { it.id == '" + anchor3 + "' }.tier", equalTo("FAMOUS"));
    }

    /** JSON numbers lose their trailing zeros on the way: compare by value. */
    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private void figures(String anchorId, Instant endedAt, long minutes, long viewerMinutes, long viewers,
            long engagements, long buyers) {
        QuarkusTransaction.requiringNew().run(() -> figuresRecorded.fire(new ShowFiguresRecorded(UUID.randomUUID(),
                anchorId, endedAt, minutes, viewerMinutes, viewers, engagements, buyers)));
    }

    private void order(String anchorId, String amount, String currency, Instant placedAt) {
        QuarkusTransaction.requiringNew().run(() -> orderPlaced.fire(new OrderPlaced(UUID.randomUUID(),
                UUID.randomUUID(), anchorId, "merchant-of-test", "buyer-of-test", UUID.randomUUID(), 1,
                Money.of(amount, currency), placedAt)));
    }

    private static io.restassured.response.ValidatableResponse tier(String anchor) {
        return as(anchor).get("/api/anchors/me/tier").then().statusCode(200);
    }

    private static String userId(String user) {
        return as(user).get("/api/me").then().statusCode(200).extract().path("id");
    }
}
