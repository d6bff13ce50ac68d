package io.livemart.streaming.janus;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;

/**
 * A Janus session: owns its handles and its keepalive.
 * <p>
 * The keepalive runs every third of the configured session timeout from creation until the session
 * is destroyed, Janus reports it gone (timeout event or error 458), or the connection drops.
 * Detaching a handle never stops it.
 */
public final class JanusSession {

    private static final Logger LOG = Logger.getLogger(JanusSession.class);

    private final JanusConnection connection;
    private final long id;
    private final WebSocket via;
    private final ConcurrentMap<Long, JanusHandle> handles = new ConcurrentHashMap<>();
    private final AtomicBoolean alive = new AtomicBoolean(true);
    private final Duration keepaliveInterval;
    private volatile long keepaliveTimer = -1;

    JanusSession(JanusConnection connection, long id, WebSocket via) {
        this.connection = connection;
        this.id = id;
        this.via = via;
        this.keepaliveInterval = keepaliveInterval(connection.config().sessionTimeout());
    }

    /** A third of the session timeout (so two keepalives may be lost), at least 500 ms. */
    public static Duration keepaliveInterval(Duration sessionTimeout) {
        Duration third = sessionTimeout.dividedBy(3);
        return third.compareTo(Duration.ofMillis(500)) < 0 ? Duration.ofMillis(500) : third;
    }

    public long id() {
        return id;
    }

    /** False once destroyed, expired, or its connection dropped; a dead session is never revived. */
    public boolean isAlive() {
        return alive.get();
    }

    /** Whether the periodic keepalive is scheduled. */
    public boolean keepaliveActive() {
        return keepaliveTimer != -1;
    }

    public Duration keepaliveInterval() {
        return keepaliveInterval;
    }

    WebSocket via() {
        return via;
    }

    JanusConnection connection() {
        return connection;
    }

    /** Attaches a handle to a plugin, e.g. {@code janus.plugin.videoroom}. */
    public Uni<JanusHandle> attach(String plugin) {
        return send(new JsonObject().put("janus", "attach").put("plugin", plugin), false)
                .map(answer -> {
                    long handleId = answer.getJsonObject("data").getLong("id");
                    JanusHandle handle = new JanusHandle(this, handleId, plugin);
                    handles.put(handleId, handle);
                    return handle;
                });
    }

    /** Sends one keepalive now; completes when Janus acknowledges it. */
    public Uni<Void> keepalive() {
        return send(new JsonObject().put("janus", "keepalive"), true).replaceWithVoid();
    }

    /** Destroys the session on Janus and stops its keepalive. A session already gone counts as destroyed. */
    public Uni<Void> destroy() {
        if (!alive.get()) {
            return Uni.createFrom().voidItem();
        }
        return send(new JsonObject().put("janus", "destroy"), false)
                .onFailure(JanusSession::sessionNotFound).recoverWithNull()
                .onTermination().invoke(this::gone)
                .replaceWithVoid();
    }

    /** Sends a session-level request with the configured timeout. */
    Uni<JsonObject> send(JsonObject request, boolean ackIsAnswer) {
        return exchange(request, connection.config().requestTimeout(), ackIsAnswer).map(JanusConnection.Answer::message);
    }

    /** Sends a request in this session; error 458 (no such session) marks the session gone. */
    Uni<JanusConnection.Answer> exchange(JsonObject request, Duration timeout, boolean ackIsAnswer) {
        return connection.exchange(request.put("session_id", id), timeout, ackIsAnswer)
                .onFailure(JanusSession::sessionNotFound).invoke(err -> gone());
    }

    static boolean sessionNotFound(Throwable failure) {
        return failure instanceof JanusException e && e.code() == JanusException.SESSION_NOT_FOUND;
    }

    void startKeepalive() {
        long millis = keepaliveInterval.toMillis();
        keepaliveTimer = connection.vertx().setPeriodic(millis, millis, timerId -> {
            if (!alive.get()) {
                connection.vertx().cancelTimer(timerId);
                return;
            }
            keepalive().subscribe().with(
                    ok -> LOG.tracef("Keepalive acknowledged for Janus session %d", id),
                    err -> LOG.debugf("Keepalive for Janus session %d failed: %s", id, err.toString()));
        });
        if (!alive.get()) {
            stopKeepalive(); // lost the race with gone()
        }
    }

    private void stopKeepalive() {
        long timer = keepaliveTimer;
        keepaliveTimer = -1;
        if (timer != -1) {
            connection.vertx().cancelTimer(timer);
        }
    }

    /** Routed here by session id: hand to the handle named by {@code sender}, or handle session events. */
    void onMessage(JsonObject message) {
        String type = message.getString("janus", "");
        if ("timeout".equals(type)) {
            LOG.warnf("Janus expired session %d", id);
            gone();
            return;
        }
        Long sender;
        try {
            sender = message.getLong("sender");
        } catch (ClassCastException e) {
            sender = null;
        }
        JanusHandle handle = sender == null ? null : handles.get(sender);
        if (handle == null) {
            LOG.debugf("Unrouted Janus '%s' for session %d", type, id);
            return;
        }
        handle.onMessage(message);
    }

    void forget(JanusHandle handle) {
        handles.remove(handle.id(), handle);
    }

    /** The connection dropped: Janus has dropped the session with it. */
    void connectionLost() {
        gone();
    }

    private void gone() {
        if (alive.compareAndSet(true, false)) {
            stopKeepalive();
            connection.forget(this);
            for (JanusHandle handle : List.copyOf(handles.values())) {
                handle.gone();
            }
            handles.clear();
        }
    }
}
