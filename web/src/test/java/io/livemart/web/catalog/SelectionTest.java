package io.livemart.web.catalog;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.product;
import static io.livemart.web.support.Api.sku;
import static io.livemart.web.support.Api.userId;
import static io.livemart.web.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merchants lend products to anchors for a commission; anchors build their selection and line-ups from it. */
@QuarkusTest
class SelectionTest {

    private static String code() {
        return "S-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String offer(String merchant, String productId, String rate, String... anchorIds) {
        Map<String, Object> body = anchorIds.length == 0 ? Map.of("productId", productId, "commissionRate", rate)
                : Map.of("productId", productId, "commissionRate", rate, "anchorIds", anchorIds);
        return as(merchant).body(body).post("/api/offers").then().statusCode(201).extract().path("id");
    }

    @Test
    void commissionMustBeBetween0And100PercentAndOnlyTheOwnerOffers() {
        String productId = product("merchant1", "Dian hong", "tea", sku(code(), "11.00", "5.00", 4));
        for (String rate : new String[] { "-1", "100.01", "250" }) {
            assertProblem(as("merchant1").body(Map.of("productId", productId, "commissionRate", rate)).post("/api/offers"), 400)
                    .body("errors[0].field", equalTo("commissionRate"))
                    .body("errors[0].message", containsString("0 and 100"));
        }
        assertProblem(as("merchant2").body(Map.of("productId", productId, "commissionRate", "10")).post("/api/offers"), 403);
        assertProblem(as("anchor1").body(Map.of("productId", productId, "commissionRate", "10")).post("/api/offers"), 403);

        offer("merchant1", productId, "0");
        assertProblem(as("merchant1").body(Map.of("productId", productId, "commissionRate", "5")).post("/api/offers"), 409)
                .body("detail", containsString("already offered"));
    }

    @Test
    void anOpenOfferCanBeTakenByAnyAnchorOnce() {
        String productId = product("merchant1", "Keemun", "tea", sku(code(), "14.00", "6.00", 4));
        String offerId = offer("merchant1", productId, "15");

        as("anchor2").get("/api/offers/available").then().statusCode(200).body("id", hasItem(offerId))
                .body("find { it.id == '" + offerId + "' }.anchorIds", nullValue());
        assertProblem(as("shopper1").get("/api/offers/available"), 403);
        assertProblem(as("shopper1").body(Map.of("offerId", offerId)).post("/api/selection"), 403);

        as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection")
                .then().statusCode(201).body("commissionRate", equalTo(15.0f)).body("productName", equalTo("Keemun"));
        assertProblem(as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection"), 409);
        as("anchor2").get("/api/selection").then().statusCode(200).body("productId", hasItem(productId));
    }

    @Test
    void aNamedOfferIsForTheNamedAnchorsOnly() {
        String productId = product("merchant2", "Cashmere gloves", "knitwear", sku(code(), "39.00", "15.00", 9));
        String offerId = offer("merchant2", productId, "22.5", userId("anchor1"));

        as("merchant2").get("/api/offers/mine").then().body("find { it.id == '" + offerId + "' }.anchorIds",
                hasItem(userId("anchor1")));
        as("anchor2").get("/api/offers/available").then().body("id", not(hasItem(offerId)));
        assertProblem(as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection"), 403)
                .body("detail", containsString("other anchors"));
        as("anchor1").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);
    }

    @Test
    void aWithdrawnOfferCannotBeTakenButEarlierSelectionsKeepTheirTerms() {
        String productId = product("merchant1", "Bai mudan", "tea", sku(code(), "16.00", "7.00", 4));
        String offerId = offer("merchant1", productId, "9");
        as("anchor1").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);

        assertProblem(as("merchant2").delete("/api/offers/" + offerId), 403);
        as("merchant1").delete("/api/offers/" + offerId).then().statusCode(200).body("withdrawnAt", org.hamcrest.Matchers.notNullValue());

        assertProblem(as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection"), 409)
                .body("detail", containsString("withdrawn"));
        as("anchor1").get("/api/selection").then().body("find { it.productId == '" + productId + "' }.commissionRate",
                equalTo(9.0f));
    }

    @Test
    void theMerchantSeesWhichAnchorsTookItsOfferAndNoOneElseDoes() {
        String productId = product("merchant1", "Lapsang souchong", "tea", sku(code(), "14.00", "6.00", 4));
        String offerId = offer("merchant1", productId, "12.5");
        String anchor2 = userId("anchor2");
        as("merchant1").get("/api/offers/mine").then().statusCode(200)
                .body("find { it.id == '" + offerId + "' }.takenBy", equalTo(java.util.List.of()));
        as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);

        as("merchant1").get("/api/offers/mine").then().statusCode(200)
                .body("find { it.id == '" + offerId + "' }.takenBy.anchorId", equalTo(java.util.List.of(anchor2)))
                .body("find { it.id == '" + offerId + "' }.takenBy[0].commissionRate", equalTo(12.5f));
        // Withdrawn, the offer still names who keeps the product in their selection.
        as("merchant1").delete("/api/offers/" + offerId).then().statusCode(200)
                .body("takenBy.anchorId", equalTo(java.util.List.of(anchor2)));
        // Anchors see offers, never who else took them; other merchants do not see the offer at all.
        as("anchor1").get("/api/offers/available").then().statusCode(200).body("takenBy", not(hasItem(org.hamcrest.Matchers.notNullValue())));
        as("merchant2").get("/api/offers/mine").then().statusCode(200).body("id", not(hasItem(offerId)));
        assertProblem(as("shopper1").get("/api/offers/mine"), 403);
        assertProblem(io.restassured.RestAssured.given().get("/api/offers/mine"), 401);
    }

    @Test
    void lineUpsComeFromTheSelectionOnly() {
        String productId = product("merchant1", "Yellow tea", "tea", sku(code(), "21.00", "9.00", 4));
        Map<String, Object> show = Map.of("title", "Yellow tea evening",
                "scheduledStart", Instant.now().plus(2, ChronoUnit.HOURS).toString(), "lineup", new String[] { productId });

        assertProblem(as("anchor2").body(show).post("/api/shows"), 400).body("detail", containsString("not in your selection"));

        String offerId = offer("merchant1", productId, "11");
        as("anchor2").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);
        as("anchor2").body(show).post("/api/shows").then().statusCode(201).body("lineup[0]", equalTo(productId));

        assertProblem(as("anchor1").delete("/api/selection/" + productId), 404);
        as("anchor2").delete("/api/selection/" + productId).then().statusCode(204);
        assertProblem(as("anchor2").body(show).post("/api/shows"), 400);
    }

    @Test
    void anAnchorWhoIsAlsoAMerchantSellsItsOwnProductsWithoutAnOffer() {
        String productId = product("maker1", "Hand-thrown tea bowl", "teaware", sku(code(), "34.00", "12.00", 6));
        Map<String, Object> show = Map.of("title", "At the wheel",
                "scheduledStart", Instant.now().plus(3, ChronoUnit.HOURS).toString(), "lineup", new String[] { productId });

        as("maker1").body(show).post("/api/shows").then().statusCode(201).body("lineup[0]", equalTo(productId));
        assertProblem(as("anchor1").body(show).post("/api/shows"), 400).body("detail", containsString("not in your selection"));
    }
}
