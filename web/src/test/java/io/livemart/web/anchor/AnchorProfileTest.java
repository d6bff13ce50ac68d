package io.livemart.web.anchor;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Anchors' profiles: only an anchor writes its own, anyone reads them, every field is validated. */
@QuarkusTest
class AnchorProfileTest {

    private final String category = "Ceramics " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anchorWritesItsProfileAndAnyoneReadsIt() {
        String id = as("anchor2").body(profile("Ben's Knit Corner"))
                .put("/api/anchors/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Ben's Knit Corner"))
                .body("avatarUrl", equalTo("https://img.livemart.local/ben.png"))
                .body("categories", contains("Knitwear", category))
                .body("hasProfile", equalTo(true))
                .body("tier", equalTo("LOW_LEVEL"))
                .extract().path("id");

        as("anchor2").get("/api/anchors/me").then().statusCode(200).body("id", equalTo(id));
        given().get("/api/anchors/" + id).then().statusCode(200)
                .body("displayName", equalTo("Ben's Knit Corner"))
                .body("tierLabel", equalTo("low-level seller"));
        given().queryParam("category", category.toUpperCase()).get("/api/anchors")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().queryParam("name", "knit corner").queryParam("tier", "low_level").get("/api/anchors")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("name", "knit corner").queryParam("tier", "SUPER").get("/api/anchors")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void writingAProfileNeedsTheAnchorRoleAndAToken() {
        assertProblem(as("shopper1").body(profile("Sara")).put("/api/anchors/me"), 403);
        assertProblem(as("merchant1").body(profile("Mia")).put("/api/anchors/me"), 403);
        assertProblem(given().contentType(ContentType.JSON).body(profile("Nobody")).put("/api/anchors/me"), 401);
        assertProblem(as("shopper1").get("/api/anchors/me"), 403);
    }

    @Test
    void anAnchorWithoutAProfileIsStillAnAnchor() {
        // anchor4 never writes a profile in these tests (AnchorTierTest gives it figures and sales).
        String id = as("anchor4").get("/api/anchors/me").then().statusCode(200)
                .body("hasProfile", equalTo(false))
                .body("displayName", equalTo(null))
                .extract().path("id");
        as("anchor4").get("/api/anchors/me/tier").then().statusCode(200).body("anchorId", equalTo(id));
    }

    @Test
    void everyFieldIsValidatedAndNamed() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("displayName", " ");
        bad.put("avatarUrl", "https://" + "a".repeat(2000) + ".example/x.png");
        bad.put("bio", "b".repeat(1001));
        bad.put("categories", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));
        assertProblem(as("anchor2").body(bad).put("/api/anchors/me"), 400)
                .body("errors.field", hasItems("displayName", "avatarUrl", "bio", "categories"));

        for (String url : List.of("ftp://img.example/a.png", "javascript:alert(1)", "data:image/png;base64,AAAA",
                "file:///etc/passwd", "//img.example/a.png", "not a url")) {
            Map<String, Object> body = profile("Ben");
            body.put("avatarUrl", url);
            assertProblem(as("anchor2").body(body).put("/api/anchors/me"), 400)
                    .body("errors[0].field", equalTo("avatarUrl"))
                    .body("errors[0].message", containsString("http or https"));
        }

        Map<String, Object> longCategory = profile("Ben");
        longCategory.put("categories", List.of("x".repeat(41)));
        assertProblem(as("anchor2").body(longCategory).put("/api/anchors/me"), 400)
                .body("errors[0].field", containsString("categories"));

        Map<String, Object> oddCategory = profile("Ben");
        oddCategory.put("categories", List.of("<script>"));
        assertProblem(as("anchor2").body(oddCategory).put("/api/anchors/me"), 400)
                .body("errors[0].field", containsString("categories"));
    }

    @Test
    void listingParametersAreValidated() {
        assertProblem(given().queryParam("tier", "GOLD").get("/api/anchors"), 400).body("detail", containsString("tier"));
        assertProblem(given().queryParam("size", 0).get("/api/anchors"), 400).body("errors[0].field", equalTo("size"));
        assertProblem(given().queryParam("page", -1).get("/api/anchors"), 400).body("errors[0].field", equalTo("page"));
        assertProblem(given().get("/api/anchors/no-such-anchor"), 404);
    }

    private Map<String, Object> profile(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("avatarUrl", "https://img.livemart.local/ben.png");
        body.put("bio", "Hand-knitted beanies and scarves, live every Thursday.");
        body.put("categories", List.of("Knitwear", category, "knitwear"));
        return body;
    }
}
