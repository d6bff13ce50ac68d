package io.livemart.streaming.janus;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * One WebSocket to the Janus API, shared by all sessions.
 * <p>
 * The socket is opened lazily by the first request (the constructor does no I/O) and reopened by
 * the next request after it closes. Every request gets a transaction id and a pending entry that
 * always ends and is removed: on the answer ({@code success}, {@code server_info}, or the
 * {@code event} that follows an {@code ack} for asynchronous plugin requests), on {@code error},
 * on timeout, when the socket closes, or when the subscriber cancels. Messages that answer no
 * pending transaction are routed by session id, then handle id.
 * <p>
 * Thread-safe; callbacks run on a Vert.x event loop, so nothing here blocks.
 */
public final class JanusConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JanusConnection.class);

    /** The WebSocket subprotocol Janus requires. */
    public static final String SUBPROTOCOL = "janus-protocol";

    private final Vertx vertx;
    private final JanusConfig config;
    private final WebSocketClient client;
    private final ConcurrentMap<String, Pending> transactions = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, JanusSession> sessions = new ConcurrentHashMap<>();
    private final String transactionPrefix = Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-";
    private final AtomicLong transactionCounter = new AtomicLong();
    private final Object socketLock = new Object();
    private Future<WebSocket> socket; // guarded by socketLock
    private volatile boolean closed;
    private final List<Runnable> disconnectListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public JanusConnection(Vertx vertx, JanusConfig config) {
        this.vertx = vertx;
        this.config = config;
        // Creating the client does no I/O. Default TLS settings: wss:// verifies certificates.
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) config.requestTimeout().toMillis())
                .setMaxMessageSize(1024 * 1024));
    }

    public JanusConfig config() {
        return config;
    }

    Vertx vertx() {
        return vertx;
    }

    /**
     * Called (on an event loop, must not block) each time an open WebSocket to Janus closes while this
     * connection is in use, e.g. when Janus restarts: every session and handle of that socket is gone.
     */
    public void onDisconnect(Runnable listener) {
        disconnectListeners.add(listener);
    }

    /** Number of requests waiting for an answer (for tests and diagnostics). */
    public int pendingTransactions() {
        return transactions.size();
    }

    /** Number of live sessions known to this connection. */
    public int openSessions() {
        return sessions.size();
    }

    /** Whether the WebSocket is currently open. */
    public boolean isConnected() {
        synchronized (socketLock) {
            return socket != null && socket.succeeded() && !socket.result().isClosed();
        }
    }

    /** The Janus {@code info} request (needs no session; Janus answers it even without the API secret). */
    public Uni<JsonObject> info(Duration timeout) {
        return send(new JsonObject().put("janus", "info"), timeout, false);
    }

    /** Creates a session; its keepalive starts at once. */
    public Uni<JanusSession> createSession() {
        return exchange(new JsonObject().put("janus", "create"), config.requestTimeout(), false)
                .map(answer -> {
                    long id = answer.message().getJsonObject("data").getLong("id");
                    JanusSession session = new JanusSession(this, id, answer.via());
                    if (closed || answer.via().isClosed()) {
                        session.connectionLost(); // the socket closed under us: Janus has already dropped it
                    } else {
                        sessions.put(id, session);
                        session.startKeepalive();
                    }
                    return session;
                });
    }

    /**
     * Sends one Janus API request and completes with its answer.
     *
     * @param request the request without {@code transaction} and {@code apisecret} (added here)
     * @param timeout how long the whole exchange may take, including opening the socket
     * @param ackIsAnswer true for requests Janus answers only with {@code ack} (keepalive, trickle);
     *        otherwise an {@code ack} only marks the transaction acknowledged and the answer is the
     *        later {@code event}
     * @return the answer; fails with {@link JanusException} on {@code error} and with
     *         {@link JanusUnavailableException} when Janus cannot be reached or does not answer in time
     */
    public Uni<JsonObject> send(JsonObject request, Duration timeout, boolean ackIsAnswer) {
        return exchange(request, timeout, ackIsAnswer).map(Answer::message);
    }

    /** The answer and the socket it came over (sessions are bound to that socket). */
    record Answer(JsonObject message, WebSocket via, boolean acknowledgedFirst) {
    }

    Uni<Answer> exchange(JsonObject request, Duration timeout, boolean ackIsAnswer) {
        return Uni.createFrom().emitter(emitter -> {
            if (closed) {
                emitter.fail(new JanusUnavailableException(JanusUnavailableException.CLOSED));
                return;
            }
            String transaction = transactionPrefix + transactionCounter.incrementAndGet();
            JsonObject message = request.copy()
                    .put("transaction", transaction)
                    .put("apisecret", config.apiSecret());
            String verb = message.getString("janus");
            Pending pending = new Pending(transaction, verb, ackIsAnswer, emitter);
            transactions.put(transaction, pending);
            emitter.onTermination(() -> pending.finish());
            pending.timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> pending.fail(
                    new JanusUnavailableException(JanusUnavailableException.NO_ANSWER,
                            new TimeoutException("No answer to Janus '" + verb + "' within " + timeout
                                    + (pending.acknowledged ? " (it was acknowledged)" : "")))));
            socket().onComplete(opened -> {
                if (opened.failed()) {
                    pending.fail(new JanusUnavailableException(JanusUnavailableException.UNREACHABLE, opened.cause()));
                    return;
                }
                if (pending.done.get()) {
                    return;
                }
                WebSocket ws = opened.result();
                pending.via = ws;
                if (ws.isClosed()) {
                    pending.fail(new JanusUnavailableException(JanusUnavailableException.CONNECTION_LOST));
                    return;
                }
                ws.writeTextMessage(message.encode()).onFailure(
                        err -> pending.fail(new JanusUnavailableException(JanusUnavailableException.CONNECTION_LOST, err)));
            });
        });
    }

    /** The open socket, or one being opened. */
    private Future<WebSocket> socket() {
        synchronized (socketLock) {
            if (socket != null && !socket.failed() && !(socket.succeeded() && socket.result().isClosed())) {
                return socket;
            }
            socket = open();
            return socket;
        }
    }

    private Future<WebSocket> open() {
        long timeoutMs = Math.max(1, config.requestTimeout().toMillis());
        Promise<WebSocket> promise = Promise.promise();
        // Our own deadline on the whole handshake, so a peer that accepts TCP but never answers
        // cannot leave a connect attempt pending for ever (which would block every later request).
        long timer = vertx.setTimer(timeoutMs, id -> promise.tryFail(
                new TimeoutException("WebSocket handshake with Janus took longer than " + timeoutMs + " ms")));
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setAbsoluteURI(config.url())
                .addSubProtocol(SUBPROTOCOL)
                .setConnectTimeout(timeoutMs)
                .setTimeout(timeoutMs);
        LOG.debugf("Opening WebSocket to Janus at %s", config.url());
        client.connect(options).onComplete(ar -> {
            vertx.cancelTimer(timer);
            if (ar.failed()) {
                LOG.debugf("Janus at %s not reachable: %s", config.url(), ar.cause().toString());
                promise.tryFail(ar.cause());
                return;
            }
            WebSocket ws = ar.result();
            ws.textMessageHandler(text -> onText(text));
            ws.exceptionHandler(err -> LOG.debugf("Janus WebSocket error: %s", err.toString()));
            ws.closeHandler(v -> onClosed(ws));
            if (!promise.tryComplete(ws) || closed) {
                ws.close();
            }
        });
        return promise.future();
    }

    private void onText(String text) {
        JsonObject message;
        try {
            message = new JsonObject(text);
        } catch (DecodeException e) {
            LOG.warnf("Ignoring a Janus message that is not JSON: %s", e.getMessage());
            return;
        }
        String type = message.getString("janus", "");
        String transaction = message.getString("transaction");
        Pending pending = transaction == null ? null : transactions.get(transaction);
        if (pending != null) {
            switch (type) {
                case "ack" -> {
                    if (pending.ackIsAnswer) {
                        pending.complete(message);
                    } else {
                        pending.acknowledged = true; // asynchronous request: the answer is a later event
                    }
                    return;
                }
                case "success", "server_info", "event" -> {
                    pending.complete(message);
                    return;
                }
                case "error" -> {
                    pending.fail(JanusException.from(message));
                    return;
                }
                default -> {
                    // not an answer (e.g. trickle/webrtcup carrying a transaction): route it
                }
            }
        }
        route(message);
    }

    private void route(JsonObject message) {
        Long sessionId;
        try {
            sessionId = message.getLong("session_id");
        } catch (ClassCastException e) {
            sessionId = null;
        }
        JanusSession session = sessionId == null ? null : sessions.get(sessionId);
        if (session == null) {
            LOG.debugf("Unrouted Janus message: %s", message.getString("janus"));
            return;
        }
        session.onMessage(message);
    }

    private void onClosed(WebSocket ws) {
        synchronized (socketLock) {
            if (socket != null && socket.succeeded() && socket.result() == ws) {
                socket = null; // the next request reopens
            }
        }
        if (!closed) {
            LOG.infof("WebSocket to Janus at %s closed (status %s); the next request reconnects",
                    config.url(), ws.closeStatusCode());
        }
        for (Pending pending : List.copyOf(transactions.values())) {
            if (pending.via == ws) {
                pending.fail(new JanusUnavailableException(JanusUnavailableException.CONNECTION_LOST));
            }
        }
        // Janus destroys a session when its transport goes away (reclaim_session_timeout = 0).
        for (JanusSession session : List.copyOf(sessions.values())) {
            if (session.via() == ws) {
                sessions.remove(session.id(), session);
                session.connectionLost();
            }
        }
        if (!closed) {
            for (Runnable listener : disconnectListeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Janus disconnect listener failed");
                }
            }
        }
    }

    void forget(JanusSession session) {
        sessions.remove(session.id(), session);
    }

    /** Closes the socket; pending requests fail with {@link JanusUnavailableException}. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Future<WebSocket> current;
        synchronized (socketLock) {
            current = socket;
            socket = null;
        }
        for (JanusSession session : List.copyOf(sessions.values())) {
            session.connectionLost();
        }
        sessions.clear();
        for (Pending pending : List.copyOf(transactions.values())) {
            pending.fail(new JanusUnavailableException(JanusUnavailableException.CLOSED));
        }
        if (current != null && current.succeeded()) {
            current.result().close();
        }
        client.close();
    }

    /** One request waiting for its answer. Ends exactly once, and always leaves the map. */
    private final class Pending {
        final String transaction;
        final String verb;
        final boolean ackIsAnswer;
        final UniEmitter<? super Answer> emitter;
        final AtomicBoolean done = new AtomicBoolean();
        volatile boolean acknowledged;
        volatile WebSocket via;
        volatile long timer = -1;

        Pending(String transaction, String verb, boolean ackIsAnswer, UniEmitter<? super Answer> emitter) {
            this.transaction = transaction;
            this.verb = verb;
            this.ackIsAnswer = ackIsAnswer;
            this.emitter = emitter;
        }

        void complete(JsonObject message) {
            if (finish()) {
                emitter.complete(new Answer(message, via, acknowledged));
            }
        }

        void fail(Throwable failure) {
            if (finish()) {
                emitter.fail(failure);
            }
        }

        /** Removes the entry and cancels the timer; true only for the first caller. */
        boolean finish() {
            if (!done.compareAndSet(false, true)) {
                return false;
            }
            transactions.remove(transaction, this);
            if (timer != -1) {
                vertx.cancelTimer(timer);
            }
            return true;
        }
    }
}
