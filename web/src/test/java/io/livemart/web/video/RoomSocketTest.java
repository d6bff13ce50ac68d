package io.livemart.web.video;

import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.web.room.RoomClient;
import io.livemart.web.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.livemart.web.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The room's socket refuses what it must, with an error frame, and the socket (and the room) survive:
 * publishing by a viewer or anonymously, controlling someone else's show, malformed SDP and ICE, junk.
 * Also the show's new fields and the co-host invitation, each rule both ways, with real tokens.
 */
@QuarkusTest
class RoomSocketTest {

    static final String OFFER_LIKE = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    @Inject
    Vertx vertx;

    @Test
    void refusalsOnTheSocketKeepItOpen() throws Exception {
        String showId = scheduleShow();
        try (RoomClient anonymous = new RoomClient(port(), showId, null);
                RoomClient shopper = new RoomClient(port(), showId, "shopper1");
                RoomClient anchor = new RoomClient(port(), showId, "anchor1");
                RoomClient other = new RoomClient(port(), showId, "anchor2")) {
            assertFalse(anonymous.next("hello").getBoolean("mayPublish"));
            assertFalse(shopper.next("hello").getBoolean("mayPublish"));
            assertTrue(anchor.next("hello").getBoolean("mayPublish"));

            anchor.refused(publish(OFFER_LIKE), "conflict"); // not live yet
            shopper.refused(new JsonObject().put("type", "watch"), "conflict");
            as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);

            // Who may publish and control: refused both ways.
            anonymous.refused(publish(OFFER_LIKE), "forbidden");
            shopper.refused(publish(OFFER_LIKE), "forbidden");
            other.refused(publish(OFFER_LIKE), "forbidden");
            shopper.refused(new JsonObject().put("type", "end"), "forbidden");
            other.refused(new JsonObject().put("type", "end"), "forbidden");
            anonymous.refused(new JsonObject().put("type", "end"), "forbidden");
            given().get("/api/shows/" + showId).then().body("status", org.hamcrest.Matchers.equalTo("LIVE"));

            // Malformed input: an error frame each time, nothing else changes.
            anchor.refused("not json", "invalid-request");
            anchor.refused("[1,2]", "invalid-request");
            anchor.refused(new JsonObject().put("type", "dance"), "invalid-request");
            anchor.refused(new JsonObject().put("type", "publish"), "invalid-request");
            anchor.refused(publish("hello"), "invalid-request");
            anchor.refused(publish("v=0\r\nthis is no session description\r\n"), "invalid-request");
            anchor.refused(new JsonObject().put("type", "ice").put("candidate", new JsonObject()), "invalid-request");
            anchor.refused(ice("publisher", "hello"), "invalid-request");
            anchor.refused(ice("publisher", 42), "invalid-request");
            anchor.refused(new JsonObject().put("type", "ice").put("target", "publisher")
                    .put("candidate", new JsonObject().put("candidate",
                            "candidate:1 1 udp 2122260223 198.18.0.1 50000 typ host")), "invalid-request"); // no sdpMid
            anchor.refused(new JsonObject().put("type", "start").put("sdp", OFFER_LIKE), "conflict");

            // The room survives: the owner ends the show over the socket, everyone is told.
            anchor.send(new JsonObject().put("type", "end"));
            anonymous.next("ended");
            shopper.next("ended");
            given().get("/api/shows/" + showId).then().body("status", org.hamcrest.Matchers.equalTo("ENDED"))
                    .body("peakViewers", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        }
    }

    @Test
    void aBadTokenCannotOpenTheSocket() {
        String showId = scheduleShow();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1")
                .setPort(ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class))
                .setURI("/api/shows/" + showId + "/room").addSubProtocol("livemart-room")
                .addSubProtocol("quarkus-http-upgrade#Authorization#Bearer%20not-a-token");
        assertThrows(Exception.class, () -> vertx.createWebSocketClient().connect(options).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS));
    }

    /**
     * The server answers an unknown show with an error frame and a close, right behind the handshake's answer. Vert.x's
     * client may fail its connect future when the close arrives in the same read ("WebSocket is closed"), so this
     * test listens with the JDK's client, which reports open, text and close in order, as a browser does.
     */
    @Test
    void unknownShowIsToldAndClosed() throws Exception {
        BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        URI uri = URI.create("ws://127.0.0.1:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class)
                + "/api/shows/" + UUID.randomUUID() + "/room");
        java.net.http.WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("livemart-room")
                .buildAsync(uri, new java.net.http.WebSocket.Listener() {
                    final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            texts.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(java.net.http.WebSocket ws, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(java.net.http.WebSocket ws, Throwable error) {
                        closed.completeExceptionally(error);
                    }
                }).get(10, TimeUnit.SECONDS);
        String first = texts.poll(10, TimeUnit.SECONDS);
        assertNotNull(first, "the server says why before it closes");
        JsonObject error = new JsonObject(first);
        assertEquals("error", error.getString("type"), first);
        assertEquals("not-found", error.getString("code"), first);
        closed.get(10, TimeUnit.SECONDS);
        socket.abort();
    }

    @Test
    void guestInvitationAndShowFieldsEachRuleBothWays() throws Exception {
        String showId = scheduleShow();
        given().get("/api/shows/" + showId).then().statusCode(200)
                .body("marketingModes", org.hamcrest.Matchers.contains("VALUE", "INTERVIEW"))
                .body("coverImageUrl", org.hamcrest.Matchers.equalTo("https://img.example.com/cover.jpg"));
        String anchor2 = given().auth().oauth2(Tokens.user("anchor2")).get("/api/me").then().statusCode(200)
                .extract().path("id");

        assertProblem(as("shopper1").body(Map.of("anchorId", anchor2)).put("/api/shows/" + showId + "/guest"), 403);
        assertProblem(as("anchor2").body(Map.of("anchorId", anchor2)).put("/api/shows/" + showId + "/guest"), 403);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("anchorId", anchor2))
                .put("/api/shows/" + showId + "/guest"), 401);
        assertProblem(as("anchor1").body(Map.of("anchorId", "")).put("/api/shows/" + showId + "/guest"), 400);
        as("anchor1").body(Map.of("anchorId", anchor2)).put("/api/shows/" + showId + "/guest").then().statusCode(200)
                .body("guestAnchorId", org.hamcrest.Matchers.equalTo(anchor2));
        try (RoomClient guest = new RoomClient(port(), showId, "anchor2")) {
            assertTrue(guest.next("hello").getBoolean("mayPublish"), "the invited guest may publish");
        }
        assertProblem(as("anchor2").delete("/api/shows/" + showId + "/guest"), 403);
        as("anchor1").delete("/api/shows/" + showId + "/guest").then().statusCode(200);

        // resume: only an interrupted show, only its anchor or staff
        assertProblem(as("anchor2").post("/api/shows/" + showId + "/resume"), 403);
        assertProblem(as("shopper1").post("/api/shows/" + showId + "/resume"), 403);
        assertProblem(as("anchor1").post("/api/shows/" + showId + "/resume"), 409);
    }

    @Test
    void badShowInputIsA400() {
        String product = product();
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                show(product, Map.of("coverImageUrl", "ftp://img.example.com/a.jpg")),
                show(product, Map.of("coverImageUrl", "javascript:alert(1)")),
                show(product, Map.of("coverImageUrl", "not a url")),
                show(product, Map.of("marketingModes", List.of())),
                show(product, Map.of("marketingModes", List.of("LOUD"))),
                show(product, Map.of("scheduledStart", Instant.now().minus(1, ChronoUnit.HOURS).toString())))) {
            assertProblem(as("anchor1").body(bad).post("/api/shows"), 400);
        }
    }

    private static JsonObject publish(String sdp) {
        return new JsonObject().put("type", "publish").put("sdp", sdp);
    }

    private static JsonObject ice(String target, Object candidate) {
        return new JsonObject().put("type", "ice").put("target", target).put("candidate", candidate);
    }

    private static String product() {
        return Api.selected("anchor1", "merchant1", "Tea cup");
    }

    private static Map<String, Object> show(String product, Map<String, Object> override) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Cups and stories", "lineup", List.of(product),
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(),
                "marketingModes", List.of("VALUE", "INTERVIEW"),
                "coverImageUrl", "https://img.example.com/cover.jpg"));
        body.putAll(override);
        return body;
    }

    private static String scheduleShow() {
        return as("anchor1").body(show(product(), Map.of())).post("/api/shows").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
