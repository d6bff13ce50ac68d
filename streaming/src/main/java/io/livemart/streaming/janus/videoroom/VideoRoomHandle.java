package io.livemart.streaming.janus.videoroom;

import java.time.Duration;
import java.util.List;

import io.livemart.streaming.janus.JanusHandle;
import io.livemart.streaming.janus.JanusSession;
import io.livemart.streaming.janus.PluginResult;
import io.livemart.streaming.janus.videoroom.VideoRoomAnswer.Participant;
import io.livemart.streaming.janus.videoroom.VideoRoomAnswer.Participants;
import io.livemart.streaming.janus.videoroom.VideoRoomAnswer.RoomCreated;
import io.livemart.streaming.janus.videoroom.VideoRoomAnswer.RoomDestroyed;
import io.livemart.streaming.janus.videoroom.VideoRoomAnswer.RoomExistence;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * A handle on the videoroom plugin with typed requests. Plugin-level refusals fail the Uni with
 * {@link VideoRoomException}; transport problems with the exceptions of the Janus client.
 */
public final class VideoRoomHandle {

    /** Package name of the videoroom plugin. */
    public static final String PLUGIN = "janus.plugin.videoroom";

    private final JanusHandle handle;

    public VideoRoomHandle(JanusHandle handle) {
        if (!PLUGIN.equals(handle.plugin())) {
            throw new IllegalArgumentException("Not a videoroom handle: " + handle.plugin());
        }
        this.handle = handle;
    }

    /** Attaches a new videoroom handle in the session. */
    public static Uni<VideoRoomHandle> attach(JanusSession session) {
        return session.attach(PLUGIN).map(VideoRoomHandle::new);
    }

    public JanusHandle handle() {
        return handle;
    }

    /** The handle is attached and its session alive. */
    public boolean isUsable() {
        return handle.isAttached();
    }

    public Uni<RoomCreated> create(VideoRoomRequest.CreateRoom request) {
        return send(request).map(RoomCreated::from);
    }

    public Uni<RoomDestroyed> destroy(VideoRoomRequest.DestroyRoom request) {
        return send(request).map(RoomDestroyed::from);
    }

    public Uni<RoomExistence> exists(VideoRoomRequest.RoomExists request) {
        return send(request).map(RoomExistence::from);
    }

    public Uni<List<Participant>> listParticipants(VideoRoomRequest.ListParticipants request) {
        return send(request).map(data -> Participants.from(data).participants());
    }

    /** Every room on this Janus (ours are private: the admin key shows them). */
    public Uni<List<VideoRoomAnswer.RoomSummary>> list(VideoRoomRequest.ListRooms request) {
        return send(request).map(data -> data.getJsonArray("list", new io.vertx.core.json.JsonArray()).stream()
                .map(o -> VideoRoomAnswer.RoomSummary.from((JsonObject) o)).toList());
    }

    /**
     * Joins the room as a publisher and publishes the offer; completes with Janus's answer.
     *
     * @throws VideoRoomException (in the Uni) when the plugin refuses, e.g. no such room
     */
    public Uni<VideoRoomAnswer.Published> publish(VideoRoomRequest.Publish request, JsonObject offer, Duration timeout) {
        return handle.message(request.toBody(), offer, timeout).map(result -> {
            JsonObject data = dataOrFail(result);
            if (result.jsep() == null) {
                throw new VideoRoomException(VideoRoomException.INVALID_ELEMENT, "Janus gave no SDP answer");
            }
            return new VideoRoomAnswer.Published(data.getLong("room", request.room()), data.getLong("id"), result.jsep());
        });
    }

    /** Joins as a subscriber to the given feeds; completes with Janus's offer. */
    public Uni<VideoRoomAnswer.SubscriberOffer> subscribe(VideoRoomRequest.Subscribe request, Duration timeout) {
        return handle.message(request.toBody(), null, timeout).map(result -> {
            JsonObject data = dataOrFail(result);
            if (result.jsep() == null) {
                throw new VideoRoomException(VideoRoomException.INVALID_ELEMENT, "Janus gave no SDP offer");
            }
            return new VideoRoomAnswer.SubscriberOffer(data.getLong("room", request.room()), result.jsep());
        });
    }

    /** Starts a subscription with the subscriber's SDP answer. */
    public Uni<Void> start(JsonObject answer, Duration timeout) {
        return handle.message(new VideoRoomRequest.Start().toBody(), answer, timeout).map(VideoRoomHandle::dataOrFail)
                .replaceWithVoid();
    }

    /** Sends an ICE candidate ({@code candidate}, {@code sdpMid}, {@code sdpMLineIndex}) or {@code completed: true}. */
    public Uni<Void> trickle(JsonObject candidate) {
        return handle.trickle(candidate);
    }

    public Uni<Void> detach() {
        return handle.detach();
    }

    /** Sends the request and returns {@code plugindata.data}, failing on a plugin {@code error_code}. */
    Uni<JsonObject> send(VideoRoomRequest request) {
        return handle.message(request.toBody()).map(VideoRoomHandle::dataOrFail);
    }

    static JsonObject dataOrFail(PluginResult result) {
        JsonObject data = result.data();
        if (data.containsKey("error_code")) {
            throw new VideoRoomException(data.getInteger("error_code"), data.getString("error", "(no reason given)"));
        }
        return data;
    }
}
