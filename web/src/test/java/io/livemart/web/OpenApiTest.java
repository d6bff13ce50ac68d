package io.livemart.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API document tells, for every operation of ours, who may call it. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationNamesItsRolesOrSaysItIsPublic() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/anchors", "/api/anchors/me", "/api/anchors/me/tier",
                        "/api/anchors/following", "/api/anchors/{anchorId}", "/api/anchors/{anchorId}/tier",
                        "/api/anchors/{anchorId}/follow", "/api/notifications", "/api/notifications/unread-count",
                        "/api/notifications/{id}/read", "/api/notifications/read-all", "/api/stores/mine",
                        "/api/products/{id}/skus/{skuId}", "/api/offers", "/api/offers/available", "/api/selection"))
                .extract().path("paths");
        List<String> silent = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Object description = operation.getValue().get("description");
                if (!(description instanceof String text) || !(text.startsWith("Role") || text.startsWith("Public"))) {
                    silent.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertTrue(operations > 20, "the document lists our operations (" + operations + ")");
        assertTrue(silent.isEmpty(), "operations that do not say who may call them: " + silent);
    }
}
