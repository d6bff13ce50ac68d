package io.livemart.web.pages;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.Page;
import io.livemart.web.support.Api;
import io.livemart.web.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home page: live and upcoming shows for anyone, following an anchor once logged in. */
@QuarkusTest
class HomePageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void showsAreListedByStatusForAnyone() {
        String productId = Api.selected("anchor1", "merchant1", "Home tea");
        String showId = as("anchor1").body(Map.of("title", "Home page show", "lineup", new String[] { productId },
                "scheduledStart", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/shows").then().statusCode(201).extract().path("id");
        given().queryParam("status", "SCHEDULED").queryParam("size", 100).get("/api/shows")
                .then().statusCode(200).body("id", hasItem(showId));
        given().queryParam("status", "LIVE").queryParam("size", 100).get("/api/shows")
                .then().statusCode(200).body("id", not(hasItem(showId)));
        assertProblem(given().queryParam("status", "SOMETIME").get("/api/shows"), 400);
    }

    @Test
    void aShopperFollowsAnAnchorFromTheHomePage() {
        String anchor2 = Api.userId("anchor2");
        as("anchor2").body(Map.of("displayName", "Ben Knits", "categories", java.util.List.of("Knitwear")))
                .put("/api/anchors/me").then().statusCode(200);
        as("shopper3").delete("/api/anchors/" + anchor2 + "/follow").then().statusCode(200);
        try (Browser browser = new Browser()) {
            Page home = browser.newPage("home");
            home.navigate(base.toString());
            Browser.waitFor(home, "() => window.lmHome && window.lmHome.ready");
            Browser.screenshot(home, "home-anonymous");
            home.click("#login");
            Browser.logIn(home, "shopper3");
            Browser.waitFor(home, "() => window.lmHome && window.lmHome.ready");
            home.click("[data-follow='" + anchor2 + "']");
            Browser.waitFor(home, "() => document.querySelector('[data-follow=\"" + anchor2 + "\"]').textContent === 'Following'");
            Browser.screenshot(home, "home-following");
        }
        as("shopper3").get("/api/anchors/following?size=100").then().body("items.id", hasItem(anchor2));
    }
}
