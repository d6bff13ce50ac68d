package io.livemart.web.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the real Keycloak realm: users through the password grant of the local-only
 * {@code livemart-cli} client, carriers through their service accounts. Demo credentials of the local stack.
 */
public final class Tokens {

    private static final String DEMO_PASSWORD = "demo";
    private static final Map<String, String> CARRIER_SECRETS = Map.of(
            "swiftpost", "swiftpost-demo-secret",
            "rapidex", "rapidex-demo-secret");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user such as "shopper1". */
    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "livemart-cli")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A token for a carrier's service account, e.g. "swiftpost". */
    public static String carrier(String code) {
        return CACHE.computeIfAbsent("carrier:" + code, key -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "carrier-" + code)
                .formParam("client_secret", CARRIER_SECRETS.get(code))
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    private static String tokenEndpoint() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return realm + "/protocol/openid-connect/token";
    }
}
