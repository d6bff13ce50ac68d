package io.livemart.streaming.janus.videoroom;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Typed answers of the videoroom plugin ({@code plugindata.data}). */
public sealed interface VideoRoomAnswer {

    /** {@code "videoroom": "created"}. */
    record RoomCreated(long room, boolean permanent) implements VideoRoomAnswer {
        static RoomCreated from(JsonObject data) {
            return new RoomCreated(data.getLong("room"), data.getBoolean("permanent", false));
        }
    }

    /** {@code "videoroom": "destroyed"}. */
    record RoomDestroyed(long room) implements VideoRoomAnswer {
        static RoomDestroyed from(JsonObject data) {
            return new RoomDestroyed(data.getLong("room"));
        }
    }

    /** {@code "videoroom": "success"} with {@code exists}. */
    record RoomExistence(long room, boolean exists) implements VideoRoomAnswer {
        static RoomExistence from(JsonObject data) {
            return new RoomExistence(data.getLong("room"), data.getBoolean("exists", false));
        }
    }

    /** One entry of {@code "videoroom": "participants"}. */
    record Participant(long id, String display, boolean publisher, boolean talking) {
        static Participant from(JsonObject p) {
            return new Participant(p.getLong("id"), p.getString("display"), p.getBoolean("publisher", false),
                    p.getBoolean("talking", false));
        }
    }

    /** {@code "videoroom": "participants"}. */
    record Participants(long room, List<Participant> participants) implements VideoRoomAnswer {
        static Participants from(JsonObject data) {
            JsonArray list = data.getJsonArray("participants", new JsonArray());
            return new Participants(data.getLong("room"),
                    list.stream().map(o -> Participant.from((JsonObject) o)).toList());
        }
    }

    /** One room of {@code "videoroom": "success"} with {@code list}. */
    record RoomSummary(long room, int participants) {
        static RoomSummary from(JsonObject r) {
            return new RoomSummary(r.getLong("room"), r.getInteger("num_participants", 0));
        }
    }

    /** {@code "videoroom": "joined"} after {@code joinandconfigure}: our feed id and Janus's SDP answer. */
    record Published(long room, long feed, JsonObject jsep) implements VideoRoomAnswer {
    }

    /** {@code "videoroom": "attached"} after a subscriber {@code join}: Janus's SDP offer. */
    record SubscriberOffer(long room, JsonObject jsep) implements VideoRoomAnswer {
    }
}
