package io.livemart.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where the local stack is, from the same LIVEMART_* variables as ./livemart (infra/lib/common.sh), with the same
 * defaults. Every credential here is a LOCAL DEMO CREDENTIAL of the loopback-only stack.
 */
public final class Stack {

    /** The carriers' Keycloak service-account secrets (client carrier-CODE), as in infra/keycloak/livemart-realm.json. */
    static final Map<String, String> CARRIER_CLIENT_SECRETS = Map.of(
            "swiftpost", "swiftpost-demo-secret",
            "rapidex", "rapidex-demo-secret");

    /** The carriers' webhook secrets, as in web/src/main/resources/application.properties (logistics.carriers.*). */
    static final Map<String, String> CARRIER_WEBHOOK_DEFAULTS = Map.of(
            "swiftpost", "swiftpost-webhook-demo-secret",
            "rapidex", "rapidex-webhook-demo-secret");

    static final String DEMO_PASSWORD = "demo";

    private Stack() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The app: LIVEMART_APP_URL, else http://LIVEMART_HTTP_HOST:LIVEMART_HTTP_PORT. */
    public static String appUrl() {
        return env("LIVEMART_APP_URL", "http://" + env("LIVEMART_HTTP_HOST", "127.0.0.1") + ":" + env("LIVEMART_HTTP_PORT", "18080"));
    }

    /** The realm's base URL: LIVEMART_KEYCLOAK_URL/realms/LIVEMART_KEYCLOAK_REALM. */
    public static String realmUrl() {
        String keycloak = env("LIVEMART_KEYCLOAK_URL", "http://127.0.0.1:" + env("LIVEMART_KEYCLOAK_PORT", "18180"));
        return keycloak + "/realms/" + env("LIVEMART_KEYCLOAK_REALM", "livemart");
    }

    /** A carrier's webhook secret: LIVEMART_CARRIER_&lt;CODE&gt;_SECRET as the app reads it, else the demo default. */
    public static String webhookSecret(String carrier) {
        String fallback = CARRIER_WEBHOOK_DEFAULTS.get(carrier);
        String value = env("LIVEMART_CARRIER_" + carrier.toUpperCase().replace('-', '_') + "_SECRET", fallback);
        if (value == null) {
            throw new IllegalArgumentException("unknown carrier '" + carrier + "' (known: " + CARRIER_WEBHOOK_DEFAULTS.keySet()
                    + "; or set LIVEMART_CARRIER_" + carrier.toUpperCase() + "_SECRET)");
        }
        return value;
    }

    /** The demo database (LIVEMART_PG_DB), never the test database unless told so through that variable. */
    public static Connection database() throws SQLException {
        String url = "jdbc:postgresql://" + env("LIVEMART_PG_HOST", "127.0.0.1") + ":" + env("LIVEMART_PG_PORT", "15432")
                + "/" + env("LIVEMART_PG_DB", "livemart");
        return DriverManager.getConnection(url, env("LIVEMART_PG_USER", "livemart"), env("LIVEMART_PG_PASSWORD", "livemart"));
    }
}
