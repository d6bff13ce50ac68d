package io.livemart.web;

import static io.restassured.RestAssured.given;
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
                .then().statusCode(200).extract().path("paths");
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
