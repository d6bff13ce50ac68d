package io.livemart.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness really touches the four components the app needs. */
@QuarkusTest
class HealthTest {

    @Test
    void readyWithAllFourComponentsUp() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Redis connection health check",
                        "Keycloak", "Janus"))
                .body("checks.status", org.hamcrest.Matchers.everyItem(equalTo("UP")));
    }
}
