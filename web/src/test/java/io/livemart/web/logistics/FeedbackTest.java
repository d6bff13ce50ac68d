package io.livemart.web.logistics;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.livemart.web.support.Carrier;
import io.livemart.web.support.Parcels;
import io.livemart.web.support.Parcels.Parcel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Buyers rate what they received; ratings roll up into the product, the merchant and the anchor. */
@QuarkusTest
class FeedbackTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> rating(String orderId, int item, int merchant, boolean asShown) {
        return Map.of("orderId", orderId, "rating", item, "comment", "Lovely <b>tea</b>", "merchantRating", merchant,
                "asShown", asShown);
    }

    private static Parcel delivered() {
        Parcel parcel = Parcels.shipped("swiftpost");
        Carrier.post("swiftpost", Carrier.event("d-" + parcel.trackingNumber(), parcel.trackingNumber(), "DELIVERED",
                Instant.now().minusSeconds(1))).then().statusCode(201);
        return parcel;
    }

    private static String productOf(String orderId) {
        return as("shopper1").get("/api/orders/" + orderId).then().extract().path("productId");
    }

    @Test
    void feedbackWaitsForTheDeliveryAndBelongsToTheBuyer() {
        Parcel parcel = Parcels.shipped("swiftpost");
        assertProblem(as("shopper1").body(rating(parcel.orderId(), 5, 5, true)).post("/api/feedback"), 409)
                .body("detail", containsString("once it is delivered"));

        Carrier.post("swiftpost", Carrier.event("d-" + parcel.trackingNumber(), parcel.trackingNumber(), "DELIVERED",
                Instant.now().minusSeconds(1))).then().statusCode(201);
        assertProblem(as("shopper2").body(rating(parcel.orderId(), 5, 5, true)).post("/api/feedback"), 403);
        assertProblem(as("merchant1").body(rating(parcel.orderId(), 5, 5, true)).post("/api/feedback"), 403);
        assertProblem(as("shopper1").body(rating(UUID.randomUUID().toString(), 5, 5, true)).post("/api/feedback"), 404);
        assertProblem(as("shopper1").body(Map.of("orderId", parcel.orderId(), "rating", 0, "merchantRating", 9))
                .post("/api/feedback"), 400).body("errors.field", hasItem("rating"))
                .body("errors.field", hasItem("merchantRating")).body("errors.field", hasItem("asShown"));

        as("shopper1").body(rating(parcel.orderId(), 5, 4, true)).post("/api/feedback").then().statusCode(201)
                .body("editableUntil", notNullValue());
        assertProblem(as("shopper1").body(rating(parcel.orderId(), 1, 1, false)).post("/api/feedback"), 409)
                .body("detail", containsString("already rated"));
    }

    @Test
    void ratingsRollUpIntoTheProductTheMerchantAndTheAnchorAndEditsNeverCountTwice() {
        Parcel parcel = delivered();
        String productId = productOf(parcel.orderId());
        given().get("/api/products/" + productId).then().body("rating.count", equalTo(0)).body("rating.average", nullValue());
        long scoreCountBefore = as("merchant1").get("/api/stores/mine").then().extract().jsonPath().getLong("score.count");

        String id = as("shopper1").body(rating(parcel.orderId(), 5, 4, true)).post("/api/feedback").then().statusCode(201)
                .extract().path("id");
        given().get("/api/products/" + productId).then().body("rating.count", equalTo(1)).body("rating.average", equalTo(5.0f));
        as("merchant1").get("/api/stores/mine").then().body("score.count", equalTo((int) scoreCountBefore + 1));

        as("shopper1").body(rating(parcel.orderId(), 2, 1, false)).put("/api/feedback/" + id).then().statusCode(200)
                .body("rating", equalTo(2)).body("asShown", equalTo(false));
        given().get("/api/products/" + productId).then().body("rating.count", equalTo(1)).body("rating.average", equalTo(2.0f));
        assertProblem(as("shopper2").body(rating(parcel.orderId(), 5, 5, true)).put("/api/feedback/" + id), 403);

        given().queryParam("productId", productId).get("/api/feedback").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].comment", equalTo("Lovely <b>tea</b>")).body("[0].buyerId", nullValue());

        as("anchor1").get("/api/anchors/me/tier").then().statusCode(200)
                .body("attractiveness.measures.find { it.name == 'asShownRate' }.threshold", notNullValue());
    }

    @Test
    void feedbackCanBeChangedOnlyWithinTheEditWindow() {
        Parcel parcel = delivered();
        String id = as("shopper1").body(rating(parcel.orderId(), 4, 4, true)).post("/api/feedback").then().statusCode(201)
                .extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update logistics.feedback set created_at = created_at - interval '8 days' where id = :id")
                .setParameter("id", UUID.fromString(id)).executeUpdate());

        assertProblem(as("shopper1").body(rating(parcel.orderId(), 1, 1, false)).put("/api/feedback/" + id), 409)
                .body("detail", containsString("no longer be changed"));
        as("shopper1").get("/api/feedback/" + id).then().body("rating", equalTo(4));
    }
}
