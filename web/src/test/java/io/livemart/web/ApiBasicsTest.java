package io.livemart.web;

import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.livemart.core.security.VerifiedTokens;
import io.livemart.web.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The app's ground rules: who you are, and how every kind of error is answered. */
@QuarkusTest
class ApiBasicsTest {

    @Inject
    AgroalDataSource db;

    @Inject
    VerifiedTokens verified;

    @Test
    void meAnswersTheCallerWithTheirRoles() {
        given().auth().oauth2(Tokens.user("anchor1"))
                .get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("anchor1"))
                .body("roles", hasItem("anchor"))
                .body("roles", not(hasItem("merchant")));
    }

    @Test
    void missingTokenIs401ProblemWithBearerChallenge() {
        assertProblem(given().get("/api/me"), 401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void garbageTokenIs401Problem() {
        assertProblem(given().auth().oauth2("not-a-token").get("/api/me"), 401);
    }

    @Test
    void foreignTokenIs401Problem() {
        // Looks like a JWT for our realm but is signed by nobody we trust.
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}");
        String claims = b64("{\"iss\":\"http://127.0.0.1:18180/realms/livemart\",\"sub\":\"intruder\","
                + "\"aud\":\"livemart-api\",\"exp\":4102444800,\"realm_access\":{\"roles\":[\"admin\"]}}");
        String forged = header + "." + claims + "." + b64("signature");
        assertProblem(given().auth().oauth2(forged).get("/api/me"), 401);
    }

    @Test
    void aTokenVerifiedBeforeAnswersItsOwnUserAndRolesEveryTime() {
        String shopper = Tokens.user("shopper1");
        String anchor = Tokens.user("anchor1");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(shopper).get("/api/me").then().statusCode(200)
                    .body("username", equalTo("shopper1")).body("roles", not(hasItem("anchor")));
            given().auth().oauth2(anchor).get("/api/me").then().statusCode(200)
                    .body("username", equalTo("anchor1")).body("roles", hasItem("anchor"));
        }
        assertNotNull(verified.find(shopper), "the shopper's token is answered from the verified tokens");
        assertProblem(given().auth().oauth2(shopper).get("/api/products/mine"), 403);
    }

    @Test
    void aTokenChangedByOneCharacterAfterItsGenuineCopyWasVerifiedIs401() {
        String genuine = Tokens.user("shopper1");
        given().auth().oauth2(genuine).get("/api/me").then().statusCode(200);
        assertNotNull(verified.find(genuine));
        int signature = genuine.lastIndexOf('.') + 1;
        int claims = genuine.indexOf('.') + 10;
        for (int at : new int[] { signature + 5, genuine.length() - 2, claims }) {
            String altered = genuine.substring(0, at) + (genuine.charAt(at) == 'A' ? 'B' : 'A') + genuine.substring(at + 1);
            assertProblem(given().auth().oauth2(altered).get("/api/me"), 401);
        }
        assertProblem(given().auth().oauth2(genuine + "x").get("/api/me"), 401);
    }

    @Test
    void noDatabaseConnectionFreeIs503ProblemWithRetryAfter() throws Exception {
        String token = Tokens.user("shopper1");
        int size = db.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                held.add(db.getConnection());
            }
            // Every connection busy for longer than the pool waits: "try again", not "something went wrong".
            assertProblem(given().auth().oauth2(token).get("/api/orders/mine"), 503)
                    .header("Retry-After", "1")
                    .body("detail", containsString("nothing was changed"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().auth().oauth2(token).get("/api/orders/mine").then().statusCode(200);
    }

    @Test
    void unknownRouteIs404Problem() {
        assertProblem(given().auth().oauth2(Tokens.user("shopper1")).get("/api/no-such-thing"), 404)
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void malformedJsonIs400Problem() {
        assertProblem(given().auth().oauth2(Tokens.user("merchant1")).contentType(ContentType.JSON)
                .body("{\"name\": \"Tea\", ").post("/api/products"), 400)
                .body("detail", containsString("JSON"));
    }

    @Test
    void wrongTypeInJsonNamesTheField() {
        assertProblem(given().auth().oauth2(Tokens.user("merchant1")).contentType(ContentType.JSON)
                .body("{\"name\":\"Tea\",\"category\":\"tea\",\"skus\":[{\"code\":\"T-1\","
                        + "\"price\":{\"amount\":\"x\",\"currency\":\"EUR\"},\"stock\":1}]}")
                .post("/api/products"), 400)
                .body("detail", containsString("skus[0].price.amount"));
    }

    @Test
    void validationNamesEachField() {
        assertProblem(given().auth().oauth2(Tokens.user("merchant1")).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"category\":\"Bad Cat\",\"imageUrls\":[\"javascript:alert(1)\"],"
                        + "\"skus\":[{\"code\":\"bad sku!\",\"price\":{\"amount\":\"1.999\",\"currency\":\"euro\"},"
                        + "\"costPrice\":{\"amount\":\"-1\",\"currency\":\"EUR\"},\"stock\":-1}]}")
                .post("/api/products"), 400)
                .body("errors.field", hasItems("name", "category", "imageUrls[0]", "skus[0].code", "skus[0].price.amount",
                        "skus[0].price.currency", "skus[0].costPrice.amount", "skus[0].stock"));
    }

    @Test
    void wrongRoleIs403Problem() {
        assertProblem(given().auth().oauth2(Tokens.user("shopper1")).get("/api/products/mine"), 403);
    }

    @Test
    void openApiDescribesEveryEndpointWithItsRoles() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/me", "/api/products", "/api/shows", "/api/shows/{id}/start",
                        "/api/orders", "/api/shipments", "/api/carriers/{carrier}/events", "/api/feedback"))
                .body("paths.'/api/orders'.post.description", containsString("Role: shopper"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
