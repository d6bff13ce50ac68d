package io.livemart.web;

import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.livemart.web.support.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The packaged application (the jar `./livemart up` runs) starts, is ready on all four components and serves the API. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void packagedAppIsReadyOnAllFourComponents() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", hasSize(4))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void packagedAppChecksTokens() {
        given().auth().oauth2(Tokens.user("merchant2")).get("/api/me")
                .then().statusCode(200).body("username", equalTo("merchant2"));
        assertProblem(given().get("/api/me"), 401);
    }
}
