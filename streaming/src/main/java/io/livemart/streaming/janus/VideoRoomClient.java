package io.livemart.streaming.janus;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.livemart.streaming.janus.videoroom.VideoRoomException;
import io.livemart.streaming.janus.videoroom.VideoRoomHandle;
import io.livemart.streaming.janus.videoroom.VideoRoomRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * What the rest of LiveMart calls to manage videoroom rooms on one Janus node ({@link JanusNodes}
 * holds one per configured node).
 * <p>
 * Keeps one long-lived management session with one videoroom handle, created on first use and
 * recreated after the connection drops or Janus reports the session or handle gone. Each Janus
 * request is bounded by {@code streaming.janus.request-timeout}. When Janus cannot be reached,
 * does not answer in time or refuses a request it should accept, the Uni fails with
 * {@link JanusUnavailableException} (503, person-readable message); the technical cause is kept
 * as its cause and logged.
 */
public class VideoRoomClient {

    private static final Logger LOG = Logger.getLogger(VideoRoomClient.class);

    private final JanusConnection connection;
    private final JanusConfig config;
    private CompletableFuture<VideoRoomHandle> management; // guarded by this
    private CompletableFuture<JanusSession> signalling; // guarded by this

    public VideoRoomClient(Vertx vertx, JanusConfig config) {
        this.config = config;
        this.connection = new JanusConnection(vertx, config); // no I/O until the first request
    }

    /** The node's URL (its name in LiveMart). */
    public String url() {
        return config.url();
    }

    /** Rooms on the node with their participant counts (the node's load). */
    public Uni<java.util.List<io.livemart.streaming.janus.videoroom.VideoRoomAnswer.RoomSummary>> listRooms() {
        return withHandle(handle -> handle.list(new VideoRoomRequest.ListRooms(config.roomAdminKey())));
    }

    /**
     * A new videoroom handle for one publisher or subscriber, in the node's shared signalling session
     * (recreated when Janus dropped it). Transport failures become {@link JanusUnavailableException}.
     */
    public Uni<VideoRoomHandle> attachParticipant() {
        return Uni.createFrom().deferred(() -> Uni.createFrom().completionStage(currentOrNewSignallingSession()))
                .chain(VideoRoomHandle::attach)
                .onFailure(VideoRoomClient::staleHandle).recoverWithUni(err -> {
                    synchronized (this) {
                        signalling = null;
                    }
                    return Uni.createFrom().completionStage(currentOrNewSignallingSession()).chain(VideoRoomHandle::attach);
                })
                .onFailure().transform(VideoRoomClient::toClientFailure);
    }

    private synchronized CompletableFuture<JanusSession> currentOrNewSignallingSession() {
        CompletableFuture<JanusSession> current = signalling;
        if (current != null && (!current.isDone() || (!current.isCompletedExceptionally() && current.join().isAlive()))) {
            return current;
        }
        signalling = connection.createSession().subscribeAsCompletionStage();
        return signalling;
    }

    /**
     * Creates a private, non-permanent room; Janus picks its id.
     *
     * @return the new room id
     */
    public Uni<Long> createRoom(String description, int maxPublishers) {
        var request = new VideoRoomRequest.CreateRoom(config.roomAdminKey(), description, maxPublishers, true, false);
        return withHandle(handle -> handle.create(request)).map(created -> created.room());
    }

    /** Destroys a room; a room that does not exist (videoroom error 426) counts as destroyed. */
    public Uni<Void> destroyRoom(long roomId) {
        return withHandle(handle -> handle.destroy(new VideoRoomRequest.DestroyRoom(roomId, false))
                .replaceWithVoid()
                .onFailure(err -> err instanceof VideoRoomException e && e.code() == VideoRoomException.NO_SUCH_ROOM)
                .recoverWithNull());
    }

    public Uni<Boolean> roomExists(long roomId) {
        return withHandle(handle -> handle.exists(new VideoRoomRequest.RoomExists(roomId))).map(e -> e.exists());
    }

    /** The Janus {@code info} answer (name, version, plugins...), within the configured request timeout. */
    public Uni<JsonObject> serverInfo() {
        return serverInfo(config.requestTimeout());
    }

    /** The Janus {@code info} answer within the given timeout (readiness uses a short one). */
    public Uni<JsonObject> serverInfo(Duration timeout) {
        return connection.info(timeout).onFailure().transform(VideoRoomClient::toClientFailure);
    }

    /** The underlying connection (diagnostics and tests). */
    public JanusConnection connection() {
        return connection;
    }

    /** Closes the node's connection. */
    public void close() {
        connection.close();
    }

    /** Runs the operation on the management handle, once more on a fresh one if Janus says the old one is gone. */
    private <T> Uni<T> withHandle(Function<VideoRoomHandle, Uni<T>> operation) {
        return managementHandle().chain(handle -> operation.apply(handle))
                .onFailure(VideoRoomClient::staleHandle).recoverWithUni(err -> {
                    LOG.infof("Janus management session or handle gone (%s); creating a new one", err.getMessage());
                    return managementHandle().chain(handle -> operation.apply(handle));
                })
                .onFailure().transform(VideoRoomClient::toClientFailure);
    }

    /** The management handle, created (or recreated) on demand. */
    Uni<VideoRoomHandle> managementHandle() {
        return Uni.createFrom().deferred(() -> Uni.createFrom().completionStage(currentOrNewHandle()));
    }

    private synchronized CompletableFuture<VideoRoomHandle> currentOrNewHandle() {
        CompletableFuture<VideoRoomHandle> current = management;
        if (current != null && (!current.isDone() || usable(current))) {
            return current;
        }
        if (current != null && !current.isCompletedExceptionally()) {
            // The handle went away (e.g. the plugin detached it) but the session may live on: end it.
            JanusSession stale = current.join().handle().session();
            stale.destroy().subscribe().with(ok -> {
            }, err -> LOG.debugf("Could not destroy stale Janus session %d: %s", stale.id(), err.toString()));
        }
        management = connection.createSession()
                .chain(session -> VideoRoomHandle.attach(session)
                        .onFailure().call(err -> session.destroy().onFailure().recoverWithNull()))
                .subscribeAsCompletionStage();
        return management;
    }

    private static boolean usable(CompletableFuture<VideoRoomHandle> done) {
        return !done.isCompletedExceptionally() && done.join().isUsable();
    }

    private static boolean staleHandle(Throwable failure) {
        return failure instanceof JanusException e
                && (e.code() == JanusException.SESSION_NOT_FOUND || e.code() == JanusException.HANDLE_NOT_FOUND);
    }

    static RuntimeException toClientFailure(Throwable failure) {
        if (failure instanceof JanusUnavailableException unavailable) {
            LOG.warnf("Janus request failed: %s (%s)", unavailable.getMessage(),
                    unavailable.getCause() == null ? "-" : unavailable.getCause().toString());
            return unavailable;
        }
        if (failure instanceof JanusException janus && janus.code() == JanusException.UNAUTHORIZED) {
            LOG.errorf("Janus refused our API secret (error %d: %s); check streaming.janus.api-secret",
                    janus.code(), janus.reason());
            return new JanusUnavailableException(JanusUnavailableException.REFUSED, janus);
        }
        if (failure instanceof JanusException || failure instanceof VideoRoomException) {
            LOG.errorf("Janus refused a request: %s", failure.getMessage());
            return new JanusUnavailableException(JanusUnavailableException.FAILED, failure);
        }
        return failure instanceof RuntimeException runtime ? runtime : new RuntimeException(failure);
    }
}
