package io.livemart.web.anchor;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.livemart.web.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The inbox: when anchor1 schedules and starts a show through the real API, its follower shopper1 is told and
 * shopper3, who does not follow, is not; only the recipient lists or marks its notifications.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnchorNotificationsTest {

    private String anchor;
    private String showId;
    private long unreadBefore;
    private long strangerUnreadBefore;
    private String scheduledNotification;

    @BeforeEach
    void anchorWithAFollower() {
        if (anchor != null) {
            return;
        }
        anchor = as("anchor1").body(Map.of("displayName", "Anna's Tea House", "categories", List.of("Tea")))
                .put("/api/anchors/me").then().statusCode(200).extract().path("id");
        as("shopper1").put("/api/anchors/" + anchor + "/follow").then().statusCode(200);
        as("shopper3").delete("/api/anchors/" + anchor + "/follow").then().statusCode(200);
        unreadBefore = unread("shopper1");
        strangerUnreadBefore = unread("shopper3");
    }

    @Test
    @Order(1)
    void followersAreToldWhenAShowIsScheduled() {
        String product = Api.selected("anchor1", "merchant1", "Jasmine pearls, 50 g");
        showId = as("anchor1").body(Map.of("title", "Jasmine evening", "scheduledStart",
                Instant.now().plus(2, ChronoUnit.HOURS).toString(), "lineup", List.of(product)))
                .post("/api/shows").then().statusCode(201).extract().path("id");

        as("shopper1").get("/api/notifications/unread-count").then().statusCode(200)
                .body("unread", equalTo((int) unreadBefore + 1));
        scheduledNotification = as("shopper1").get("/api/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("SHOW_SCHEDULED"))
                .body("items[0].showId", equalTo(showId))
                .body("items[0].anchorId", equalTo(anchor))
                .body("items[0].read", equalTo(false))
                .body("items[0].message", containsString("Anna's Tea House scheduled \"Jasmine evening\""))
                .extract().path("items[0].id");

        as("shopper3").get("/api/notifications/unread-count").then().body("unread", equalTo((int) strangerUnreadBefore));
        as("shopper3").get("/api/notifications?size=100").then().body("items.showId", not(hasItem(showId)));
    }

    @Test
    @Order(2)
    void followersAreToldWhenTheShowGoesLiveNewestFirstAndPaged() {
        as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);

        as("shopper1").get("/api/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("SHOW_STARTED"))
                .body("items[0].showId", equalTo(showId))
                .body("items[0].message", containsString("is live now"))
                .body("items[1].id", equalTo(scheduledNotification))
                .body("unread", equalTo((int) unreadBefore + 2));
        as("shopper1").queryParam("size", 1).queryParam("page", 1).get("/api/notifications").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(scheduledNotification))
                .body("size", equalTo(1)).body("page", equalTo(1));
        assertProblem(as("shopper1").queryParam("size", 101).get("/api/notifications"), 400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    @Order(3)
    void onlyTheRecipientReadsOrMarksItsNotifications() {
        assertProblem(as("shopper3").post("/api/notifications/" + scheduledNotification + "/read"), 403);
        assertProblem(given().post("/api/notifications/" + scheduledNotification + "/read"), 401);
        assertProblem(given().get("/api/notifications"), 401);
        assertProblem(given().get("/api/notifications/unread-count"), 401);
        assertProblem(as("shopper1").post("/api/notifications/" + UUID.randomUUID() + "/read"), 404);

        as("shopper1").post("/api/notifications/" + scheduledNotification + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        as("shopper1").post("/api/notifications/" + scheduledNotification + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        as("shopper1").get("/api/notifications/unread-count").then().body("unread", equalTo((int) unreadBefore + 1));
        as("shopper1").queryParam("unreadOnly", true).queryParam("size", 100).get("/api/notifications").then()
                .body("items.id", not(hasItem(scheduledNotification)));
    }

    @Test
    @Order(4)
    void markAllReadEmptiesOnlyTheCallersUnread() {
        as("shopper1").post("/api/notifications/read-all").then().statusCode(200)
                .body("marked", equalTo((int) unreadBefore + 1));
        as("shopper1").get("/api/notifications/unread-count").then().body("unread", equalTo(0));
        as("shopper3").get("/api/notifications/unread-count").then().body("unread", equalTo((int) strangerUnreadBefore));
        assertProblem(given().post("/api/notifications/read-all"), 401);
    }

    @Test
    @Order(5)
    void afterUnfollowingNothingMoreArrives() {
        as("anchor1").post("/api/shows/" + showId + "/end").then().statusCode(200);
        as("shopper1").delete("/api/anchors/" + anchor + "/follow").then().statusCode(200);

        String product = Api.selected("anchor1", "merchant1", "Oolong, 50 g");
        as("anchor1").body(Map.of("title", "Oolong morning", "scheduledStart",
                Instant.now().plus(3, ChronoUnit.HOURS).toString(), "lineup", List.of(product)))
                .post("/api/shows").then().statusCode(201);

        as("shopper1").get("/api/notifications/unread-count").then().body("unread", equalTo(0));
    }

    private static long unread(String user) {
        return ((Number) as(user).get("/api/notifications/unread-count").then().statusCode(200)
                .extract().path("unread")).longValue();
    }
}
