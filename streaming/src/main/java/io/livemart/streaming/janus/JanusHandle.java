package io.livemart.streaming.janus;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * A handle attached to one plugin inside a {@link JanusSession}. Plugin-specific wrappers (such as
 * {@code VideoRoomHandle}) build typed requests on top of {@link #message}.
 */
public final class JanusHandle {

    private static final Logger LOG = Logger.getLogger(JanusHandle.class);

    private final JanusSession session;
    private final long id;
    private final String plugin;
    private volatile boolean attached = true;
    private volatile Consumer<JanusEvent> listener = event -> LOG.debugf("Unhandled Janus '%s' on handle %d",
            event.type(), event.handleId());

    JanusHandle(JanusSession session, long id, String plugin) {
        this.session = session;
        this.id = id;
        this.plugin = plugin;
    }

    public long id() {
        return id;
    }

    public String plugin() {
        return plugin;
    }

    public JanusSession session() {
        return session;
    }

    /** False once detached (by us or by the plugin) or when its session is gone. */
    public boolean isAttached() {
        return attached && session.isAlive();
    }

    /**
     * Receives the events Janus pushes for this handle outside a pending transaction. Called on a
     * Vert.x event loop: must not block.
     */
    public void onEvent(Consumer<JanusEvent> listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Sends a plugin message; completes with the synchronous answer or with the event after an {@code ack}. */
    public Uni<PluginResult> message(JsonObject body) {
        return message(body, null, session.connection().config().requestTimeout());
    }

    /**
     * Sends a plugin message with an optional JSEP offer/answer.
     *
     * @param timeout how long to wait for the answer, including the time between {@code ack} and event
     */
    public Uni<PluginResult> message(JsonObject body, JsonObject jsep, Duration timeout) {
        JsonObject request = new JsonObject().put("janus", "message").put("handle_id", id).put("body", body);
        if (jsep != null) {
            request.put("jsep", jsep);
        }
        return session.exchange(request, timeout, false)
                .onFailure(JanusHandle::handleNotFound).invoke(err -> gone())
                .map(answer -> PluginResult.from(answer.message(), answer.acknowledgedFirst()));
    }

    /** Sends trickle ICE candidate(s); Janus answers with a plain {@code ack}. */
    public Uni<Void> trickle(JsonObject candidateOrCompleted) {
        JsonObject request = new JsonObject().put("janus", "trickle").put("handle_id", id)
                .put("candidate", candidateOrCompleted);
        return session.exchange(request, session.connection().config().requestTimeout(), true).replaceWithVoid();
    }

    /**
     * Detaches the handle. Its session (and the session's keepalive) stays alive. A handle or
     * session already gone counts as detached.
     */
    public Uni<Void> detach() {
        if (!isAttached()) {
            gone();
            return Uni.createFrom().voidItem();
        }
        return session.exchange(new JsonObject().put("janus", "detach").put("handle_id", id),
                        session.connection().config().requestTimeout(), false)
                .onFailure(err -> handleNotFound(err) || JanusSession.sessionNotFound(err)).recoverWithNull()
                .onItem().invoke(this::gone)
                .replaceWithVoid();
    }

    void onMessage(JsonObject message) {
        JanusEvent event = JanusEvent.from(message);
        if ("detached".equals(event.type())) {
            gone();
        }
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Janus event listener failed for handle %d", id);
        }
    }

    /** Forgets the handle locally; never touches the session's keepalive. */
    void gone() {
        attached = false;
        session.forget(this);
    }

    static boolean handleNotFound(Throwable failure) {
        return failure instanceof JanusException e && e.code() == JanusException.HANDLE_NOT_FOUND;
    }
}
