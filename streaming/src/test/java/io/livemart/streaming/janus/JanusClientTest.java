package io.livemart.streaming.janus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.livemart.streaming.janus.videoroom.VideoRoomException;
import io.livemart.streaming.janus.videoroom.VideoRoomHandle;
import io.livemart.streaming.janus.videoroom.VideoRoomRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * The Janus client against a real Janus: the local stack's (LIVEMART_JANUS_WS_PORT, default 18188)
 * and, for the session-timeout and reconnect cases, a private one started here.
 */
class JanusClientTest {

    static final String API_SECRET = env("LIVEMART_JANUS_API_SECRET", "livemart-local-janus-api");
    static final String ROOM_ADMIN_KEY = env("LIVEMART_JANUS_ROOM_ADMIN_KEY", "livemart-local-room-key");
    static final String URL = "ws://127.0.0.1:" + env("LIVEMART_JANUS_WS_PORT", "18188");
    static final Duration AWAIT = Duration.ofSeconds(10);

    record TestConfig(String url, String apiSecret, String roomAdminKey, Duration requestTimeout,
            Duration sessionTimeout) implements JanusConfig {
        @Override
        public java.util.Optional<List<String>> nodes() {
            return java.util.Optional.empty();
        }
    }

    static Vertx vertx;
    static VideoRoomClient client;
    final List<VideoRoomClient> extraClients = new ArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = new VideoRoomClient(vertx, config(URL, API_SECRET, Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void noPendingTransactions() {
        assertEquals(0, client.connection().pendingTransactions(), "transactions left in the map");
        for (VideoRoomClient extra : extraClients) {
            assertEquals(0, extra.connection().pendingTransactions(), "transactions left in the map");
            extra.close();
        }
    }

    @Test
    void roomLifecycle() {
        long room = await(client.createRoom("JanusClientTest room", 3));
        assertTrue(room > 0);
        assertTrue(await(client.roomExists(room)));

        await(client.destroyRoom(room));
        assertFalse(await(client.roomExists(room)));

        await(client.destroyRoom(room)); // no such room (426) counts as destroyed
        assertEquals(1, client.connection().openSessions(), "one management session reused");
    }

    @Test
    void managementSessionIsRecreatedWhenJanusForgetsIt() {
        VideoRoomClient own = extra(config(URL, API_SECRET, Duration.ofSeconds(5)));
        JanusSession first = await(own.managementHandle()).handle().session();
        // destroy it behind the client's back: the local objects still look alive
        await(own.connection().send(new JsonObject().put("janus", "destroy").put("session_id", first.id()),
                Duration.ofSeconds(5), false));

        assertFalse(await(own.roomExists(1)));

        JanusSession second = await(own.managementHandle()).handle().session();
        assertFalse(first.isAlive());
        assertFalse(first.keepaliveActive());
        assertTrue(second.isAlive());
        assertTrue(second.id() != first.id());
        assertEquals(1, own.connection().openSessions());
    }

    @Test
    void serverInfoAndReadiness() {
        JsonObject info = await(client.serverInfo());
        assertEquals("Janus WebRTC Server", info.getString("name"));
        assertTrue(info.getJsonObject("plugins").containsKey(VideoRoomHandle.PLUGIN));

        HealthCheckResponse up = new JanusReadinessCheck(client).call();
        assertEquals("Janus", up.getName());
        assertEquals(HealthCheckResponse.Status.UP, up.getStatus());
        assertEquals(info.getString("version_string"), up.getData().orElseThrow().get("version"));
    }

    @Test
    void wrongApiSecretIsAClearFailure() {
        VideoRoomClient wrong = extra(config(URL, "not-the-secret", Duration.ofSeconds(5)));

        JanusUnavailableException failure = assertThrows(JanusUnavailableException.class,
                () -> await(wrong.createRoom("never", 1)));

        assertEquals(JanusUnavailableException.REFUSED, failure.getMessage());
        JanusException cause = assertInstanceOf(JanusException.class, failure.getCause());
        assertEquals(JanusException.UNAUTHORIZED, cause.code());
    }

    @Test
    void unreachableJanusFailsFastAndLeavesNothingPending() throws Exception {
        VideoRoomClient unreachable = extra(config("ws://127.0.0.1:" + PrivateJanus.freePort(), API_SECRET,
                Duration.ofSeconds(2)));

        long started = System.nanoTime();
        JanusUnavailableException failure = assertThrows(JanusUnavailableException.class,
                () -> await(unreachable.roomExists(1)));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0);

        assertEquals("The video service (Janus) cannot be reached; try again shortly.", failure.getMessage());
        assertEquals(0, unreachable.connection().pendingTransactions());
        assertEquals(HealthCheckResponse.Status.DOWN, new JanusReadinessCheck(unreachable).call().getStatus());
    }

    @Test
    void silentPeerTimesOutAndLeavesNothingPending() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept, never answer the handshake
                    }
                } catch (Exception closed) {
                    // test over
                }
            });
            acceptor.start();
            VideoRoomClient hanging = extra(config("ws://127.0.0.1:" + silent.getLocalPort(), API_SECRET,
                    Duration.ofMillis(500)));

            long started = System.nanoTime();
            assertThrows(JanusUnavailableException.class, () -> await(hanging.serverInfo()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(took.compareTo(Duration.ofMillis(400)) > 0 && took.compareTo(Duration.ofMillis(1500)) < 0,
                    "took " + took);
            assertEquals(0, hanging.connection().pendingTransactions());
            // a later request tries again (and fails the same way) rather than waiting on the dead attempt
            assertThrows(JanusUnavailableException.class, () -> await(hanging.serverInfo()));
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void asyncPluginRequestIsAcknowledgedThenAnsweredAndDetachKeepsTheSession() {
        JanusConnection connection = client.connection();
        JanusSession session = await(connection.createSession());
        assertTrue(session.keepaliveActive());
        VideoRoomHandle handle = await(VideoRoomHandle.attach(session));

        // exists is synchronous: "success" straight away
        PluginResult sync = await(handle.handle().message(new VideoRoomRequest.RoomExists(1).toBody()));
        assertFalse(sync.acknowledgedFirst());
        assertEquals(false, sync.data().getBoolean("exists"));

        // join is asynchronous: "ack", then an "event" with the same transaction
        PluginResult async = await(handle.handle().message(
                new JsonObject().put("request", "join").put("ptype", "publisher").put("room", 1), null,
                Duration.ofSeconds(5)));
        // Janus writes the ack and the plugin's event from different threads, so either may come first;
        // whichever order, the request ends with the event's answer and nothing stays pending.
        assertEquals(0, connection.pendingTransactions());
        assertEquals(VideoRoomException.NO_SUCH_ROOM, async.data().getInteger("error_code"));

        await(handle.detach());
        assertFalse(handle.isUsable());
        assertTrue(session.isAlive());
        assertTrue(session.keepaliveActive(), "detaching a handle must not stop the session keepalive");
        await(session.keepalive()); // acknowledged

        await(session.destroy());
        assertFalse(session.isAlive());
        assertFalse(session.keepaliveActive());
        assertEquals(0, connection.pendingTransactions());
    }

    @Test
    void keepaliveIntervalIsAThirdOfTheSessionTimeout() {
        assertEquals(Duration.ofSeconds(20), JanusSession.keepaliveInterval(Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(1), JanusSession.keepaliveInterval(Duration.ofSeconds(3)));
        assertEquals(Duration.ofMillis(500), JanusSession.keepaliveInterval(Duration.ofMillis(600)));
    }

    @Test
    void keepaliveOutlivesTheSessionTimeoutAndTheClientReconnectsAfterJanusRestarts() throws Exception {
        assertTrue(PrivateJanus.available(), "no Janus binary to start a private instance: ./livemart test installs janus");
        try (PrivateJanus janus = new PrivateJanus(2, API_SECRET, ROOM_ADMIN_KEY)) {
            janus.start();
            TestConfig config = new TestConfig(janus.url(), API_SECRET, ROOM_ADMIN_KEY, Duration.ofSeconds(2),
                    Duration.ofSeconds(2)); // keepalive every 667 ms
            VideoRoomClient shortLived = extra(config);
            JanusConnection connection = shortLived.connection();

            JanusSession kept = await(connection.createSession());
            JanusHandle detached = await(kept.attach(VideoRoomHandle.PLUGIN));
            await(detached.detach());
            // a session whose keepalive (every 20 min) will not come in time: Janus expires it and says so
            JanusConnection lazy = extra(new TestConfig(janus.url(), API_SECRET, ROOM_ADMIN_KEY, Duration.ofSeconds(2),
                    Duration.ofHours(1))).connection();
            JanusSession unattended = await(lazy.createSession());
            long started = System.nanoTime();
            while (unattended.isAlive() && System.nanoTime() - started < Duration.ofSeconds(12).toNanos()) {
                Thread.sleep(50); // Janus's watchdog takes session_timeout (2 s) plus up to ~4 s
            }
            assertFalse(unattended.isAlive(), "Janus should have expired the session without keepalive");
            assertFalse(unattended.keepaliveActive());
            JanusException expired = assertThrows(JanusException.class, () -> await(lazy.send(
                    new JsonObject().put("janus", "keepalive").put("session_id", unattended.id()),
                    Duration.ofSeconds(2), true)));
            assertEquals(JanusException.SESSION_NOT_FOUND, expired.code());

            assertTrue(kept.isAlive());
            assertNotNull(await(kept.attach(VideoRoomHandle.PLUGIN)));

            // Janus goes away: the session is lost and its keepalive stops; after a restart the client reconnects
            long room = await(shortLived.createRoom("before restart", 1));
            janus.stop();
            assertThrows(JanusUnavailableException.class, () -> await(shortLived.roomExists(room)));
            assertFalse(kept.isAlive());
            assertFalse(kept.keepaliveActive());
            assertEquals(0, connection.openSessions());

            janus.start();
            assertFalse(await(shortLived.roomExists(room)), "rooms are not permanent");
            assertTrue(connection.isConnected());
        }
    }

    private VideoRoomClient extra(TestConfig config) {
        VideoRoomClient extra = new VideoRoomClient(vertx, config);
        extraClients.add(extra);
        return extra;
    }

    static TestConfig config(String url, String apiSecret, Duration requestTimeout) {
        return new TestConfig(url, apiSecret, ROOM_ADMIN_KEY, requestTimeout, Duration.ofSeconds(60));
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(AWAIT);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
