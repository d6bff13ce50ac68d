package io.livemart.web.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.livemart.web.support.Tokens;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One socket to a show's room as a page holds it: {@code batch} frames are unpacked into their events, in order.
 * Waits are bounded (10 s) and wait for a condition, never for a time. The JDK's client: it keeps the frames that
 * arrive in the same read as the handshake's answer (the server writes {@code hello} at once), where Vert.x's
 * client sometimes lost that first frame.
 */
public final class RoomClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    final List<JsonObject> seen = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private volatile boolean closedByServer;
    volatile Short closeCode;
    volatile String closeReason;

    public RoomClient(int port, String showId, String user) throws Exception {
        List<String> protocols = new ArrayList<>(List.of("livemart-room"));
        if (user != null) {
            protocols.add("quarkus-http-upgrade#Authorization#Bearer%20" + Tokens.user(user));
        }
        socket = HTTP.newWebSocketBuilder()
                .subprotocols(protocols.get(0), protocols.subList(1, protocols.size()).toArray(String[]::new))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/shows/" + showId + "/room"), new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    /** Reads whole text messages, one at a time, in order. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject m = new JsonObject(partial.toString());
                partial.setLength(0);
                if ("batch".equals(m.getString("type"))) {
                    m.getJsonArray("events").forEach(e -> add((JsonObject) e));
                } else {
                    add(m);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closeReason = reason;
            closeCode = (short) status;
            closedByServer = true;
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closedByServer = true;
        }
    }

    private void add(JsonObject m) {
        seen.add(m);
        received.add(m);
    }

    /** Sends one text message and waits until it is written (one at a time, as the JDK client requires). */
    public synchronized void send(Object message) {
        if (closeCode != null) {
            throw new AssertionError("the server closed the socket (" + closeCode + " " + closeReason + "); seen: " + seen);
        }
        socket.sendText(message instanceof JsonObject json ? json.encode() : message.toString(), true).join();
    }

    public JsonObject next(String type) throws InterruptedException {
        return next(type, m -> true);
    }

    /** The next message of that type matching the condition (others skipped). */
    public JsonObject next(String type, Predicate<JsonObject> condition) throws InterruptedException {
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
    public JsonObject saw(String type, Predicate<JsonObject> condition) throws InterruptedException {
        for (JsonObject m : seen) {
            if (type.equals(m.getString("type")) && condition.test(m)) {
                return m;
            }
        }
        return next(type, condition);
    }

    /** Sends a message and expects an error frame with this code; the socket stays open. */
    public JsonObject refused(Object message, String code) throws InterruptedException {
        send(message);
        JsonObject error = next("error");
        assertEquals(code, error.getString("code"), error.encode());
        assertFalse(closedByServer, "the socket survives an error");
        return error;
    }

    /** Waits until the server closed the socket; answers the close code. */
    public short closed() throws InterruptedException {
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
    public List<JsonObject> all(String type) {
        return seen.stream().filter(m -> type.equals(m.getString("type"))).toList();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            // the server may close the socket between the check and the close (a ban, say): then there is nothing to close
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> {
                if (socket.isOutputClosed()) {
                    return null;
                }
                throw new java.util.concurrent.CompletionException(failure);
            }).completeOnTimeout(null, 2, TimeUnit.SECONDS).join();
        }
        socket.abort();
    }

    public static JsonObject comment(String text) {
        return new JsonObject().put("type", "comment").put("text", text);
    }
}
