package io.livemart.web.anchor;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Any logged-in user follows and unfollows anchors; follower counts are public; nobody follows itself. */
@QuarkusTest
class AnchorFollowTest {

    private String anchor;

    @BeforeEach
    void anchorHasAProfile() {
        anchor = as("anchor3").body(Map.of("displayName", "Chloe Cooks", "categories", java.util.List.of("Kitchen")))
                .put("/api/anchors/me").then().statusCode(200).extract().path("id");
        as("shopper2").delete("/api/anchors/" + anchor + "/follow").then().statusCode(200);
    }

    @Test
    void shopperFollowsAndUnfollowsAndTheCountIsPublic() {
        int before = given().get("/api/anchors/" + anchor).then().extract().path("followers");

        as("shopper2").put("/api/anchors/" + anchor + "/follow").then().statusCode(200)
                .body("following", equalTo(true)).body("followers", equalTo(before + 1));
        as("shopper2").put("/api/anchors/" + anchor + "/follow").then().statusCode(200)
                .body("followers", equalTo(before + 1));
        given().get("/api/anchors/" + anchor).then().body("followers", equalTo(before + 1));
        as("shopper2").get("/api/anchors/" + anchor + "/follow").then().body("following", equalTo(true));
        as("shopper2").get("/api/anchors/following").then().statusCode(200).body("items.id", hasItem(anchor));

        as("shopper2").delete("/api/anchors/" + anchor + "/follow").then().statusCode(200)
                .body("following", equalTo(false)).body("followers", equalTo(before));
        as("shopper2").delete("/api/anchors/" + anchor + "/follow").then().statusCode(200)
                .body("followers", equalTo(before));
        as("shopper2").get("/api/anchors/following").then().body("items.id", not(hasItem(anchor)));
    }

    @Test
    void anyLoggedInUserMayFollowButNotAnonymously() {
        as("merchant1").put("/api/anchors/" + anchor + "/follow").then().statusCode(200).body("following", equalTo(true));
        as("merchant1").delete("/api/anchors/" + anchor + "/follow").then().statusCode(200);

        assertProblem(given().put("/api/anchors/" + anchor + "/follow"), 401);
        assertProblem(given().delete("/api/anchors/" + anchor + "/follow"), 401);
        assertProblem(given().get("/api/anchors/following"), 401);
    }

    @Test
    void followingOneselfIsRefusedNamingTheField() {
        int before = given().get("/api/anchors/" + anchor).then().extract().path("followers");
        assertProblem(as("anchor3").put("/api/anchors/" + anchor + "/follow"), 400)
                .body("detail", containsString("anchorId"))
                .body("detail", containsString("yourself"));
        assertProblem(as("anchor3").delete("/api/anchors/" + anchor + "/follow"), 400);
        given().get("/api/anchors/" + anchor).then().body("followers", equalTo(before));
    }

    @Test
    void followingSomeoneWhoIsNoAnchorIsA404() {
        String shopper = as("shopper1").get("/api/me").then().extract().path("id");
        assertProblem(as("shopper2").put("/api/anchors/" + shopper + "/follow"), 404);
        assertProblem(as("shopper2").put("/api/anchors/" + "x".repeat(65) + "/follow"), 400);
    }
}
