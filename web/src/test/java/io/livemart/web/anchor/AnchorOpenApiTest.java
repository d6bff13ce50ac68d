package io.livemart.web.anchor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every anchor and notification endpoint is in the OpenAPI document and names who may call it. */
@QuarkusTest
class AnchorOpenApiTest {

    @Test
    void everyAnchorAndNotificationOperationNamesItsRoles() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/anchors", "/api/anchors/me", "/api/anchors/me/tier",
                        "/api/anchors/following", "/api/anchors/{anchorId}", "/api/anchors/{anchorId}/tier",
                        "/api/anchors/{anchorId}/follow", "/api/notifications", "/api/notifications/unread-count",
                        "/api/notifications/{id}/read", "/api/notifications/read-all"))
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/anchors") && !path.getKey().startsWith("/api/notifications")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                String description = String.valueOf(op.getValue().get("description"));
                assertTrue(description.startsWith("Role: ") || description.startsWith("Public"),
                        op.getKey() + " " + path.getKey() + " names no role: " + description);
                operations++;
            }
        }
        assertFalse(operations < 13, "all operations seen, got " + operations);
    }
}
