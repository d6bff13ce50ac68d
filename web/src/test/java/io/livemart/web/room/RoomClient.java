package io.livemart.web.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.livemart.web.support.Tokens;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One socket to a show's room as a page holds it: {@code batch} frames are unpacked into their events, in order.
 * Waits are bounded (10 s) and wait for a condition, never for a time.
 */
final class RoomClient implements AutoCloseable {

    final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    final List<JsonObject> seen = new CopyOnWriteArrayList<>();
    final WebSocket socket;
    volatile Short closeCode;
    volatile String closeReason;

    RoomClient(Vertx vertx, int port, String showId, String user) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/api/shows/" + showId + "/room").addSubProtocol("livemart-room");
        if (user != null) {
            options.addSubProtocol("quarkus-http-upgrade#Authorization#Bearer%20" + Tokens.user(user));
        }
        // Handlers are set before connecting, so that no early frame (hello) is missed.
        io.vertx.core.http.ClientWebSocket ws = vertx.createWebSocketClient().webSocket();
        ws.closeHandler(v -> {
            closeCode = ws.closeStatusCode();
            closeReason = ws.closeReason();
        });
        ws.textMessageHandler(text -> {
            JsonObject m = new JsonObject(text);
            if ("batch".equals(m.getString("type"))) {
                m.getJsonArray("events").forEach(e -> add((JsonObject) e));
            } else {
                add(m);
            }
        });
        socket = ws.connect(options).map(connected -> (WebSocket) connected)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void add(JsonObject m) {
        seen.add(m);
        received.add(m);
    }

    void send(Object message) {
        socket.writeTextMessage(message instanceof JsonObject json ? json.encode() : message.toString());
    }

    JsonObject next(String type) throws InterruptedException {
        return next(type, m -> true);
    }

    /** The next message of that type matching the condition (others skipped). */
    JsonObject next(String type, Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject m = received.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && type.equals(m.getString("type")) && condition.test(m)) {
                return m;
            }
        }
        throw new AssertionError("no '" + type + "' message; seen: " + seen);
    }

    /** A message of that type matching the condition, already seen or still to come. */
    JsonObject saw(String type, Predicate<JsonObject> condition) throws InterruptedException {
        for (JsonObject m : seen) {
            if (type.equals(m.getString("type")) && condition.test(m)) {
                return m;
            }
        }
        return next(type, condition);
    }

    /** Sends a message and expects an error frame with this code; the socket stays open. */
    JsonObject refused(Object message, String code) throws InterruptedException {
        send(message);
        JsonObject error = next("error");
        assertEquals(code, error.getString("code"), error.encode());
        assertFalse(socket.isClosed(), "the socket survives an error");
        return error;
    }

    /** Waits until the server closed the socket; answers the close code. */
    short closed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && closeCode == null) {
            Thread.sleep(50);
        }
        if (closeCode == null) {
            throw new AssertionError("the socket was not closed");
        }
        return closeCode;
    }

    /** Every message of that type seen so far. */
    List<JsonObject> all(String type) {
        return seen.stream().filter(m -> type.equals(m.getString("type"))).toList();
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
    }

    static JsonObject comment(String text) {
        return new JsonObject().put("type", "comment").put("text", text);
    }
}
