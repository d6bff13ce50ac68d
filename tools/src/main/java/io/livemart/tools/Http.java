package io.livemart.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The app's public HTTP API and Keycloak's token endpoint, with java.net.http and Jackson. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, body text, and the body as JSON when it is JSON. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public Answer expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + (body.length() > 500 ? body.substring(0, 500) : body));
        }
    }

    final HttpClient client;
    final String app;
    final String realm;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Http(String app, String realm) {
        this.app = app;
        this.realm = realm;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static Http ofStack() {
        return new Http(Stack.appUrl(), Stack.realmUrl());
    }

    /** A demo user's token (password grant of the local-only livemart-cli client). */
    public String userToken(String username) {
        return tokens.computeIfAbsent("user:" + username, k -> token(Map.of("grant_type", "password",
                "client_id", "livemart-cli", "username", username, "password", Stack.DEMO_PASSWORD)));
    }

    /** A fresh token of a demo user (not cached): for benches that hold many users' tokens themselves. */
    String freshUserToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "livemart-cli", "username", username,
                "password", Stack.DEMO_PASSWORD));
    }

    /** A carrier's service-account token (client credentials of client carrier-CODE). */
    public String carrierToken(String carrier) {
        String secret = Stack.env("LIVEMART_CARRIER_" + carrier.toUpperCase().replace('-', '_') + "_CLIENT_SECRET",
                Stack.CARRIER_CLIENT_SECRETS.get(carrier));
        if (secret == null) {
            throw new IllegalArgumentException("no service-account secret known for carrier '" + carrier + "'");
        }
        return tokens.computeIfAbsent("carrier:" + carrier, k -> token(Map.of("grant_type", "client_credentials",
                "client_id", "carrier-" + carrier, "client_secret", secret)));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id")
                    + (form.containsKey("username") ? "/" + form.get("username") : "") + ": HTTP " + answer.status() + " " + answer.body());
        }
        return answer.json().path("access_token").asText();
    }

    public Answer get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    public Answer post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    public Answer post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, token).header("Content-Type", "application/json");
        headers.forEach(b::header);
        return send(b.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Answer put(String path, String token, Object body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small ordered map for request bodies. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
