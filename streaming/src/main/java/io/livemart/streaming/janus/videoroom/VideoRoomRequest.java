package io.livemart.streaming.janus.videoroom;

import io.vertx.core.json.JsonObject;

/**
 * Typed bodies of videoroom plugin requests. Join-as-publisher/subscriber (with JSEP) will be
 * added here as further records.
 */
public sealed interface VideoRoomRequest {

    /** The {@code body} of the Janus {@code message}. */
    JsonObject toBody();

    /**
     * {@code create}: Janus picks the room id when none is given.
     *
     * @param adminKey the plugin's {@code admin_key}
     * @param publishers the most publishers allowed at once
     * @param isPrivate hidden from the plugin's {@code list}
     * @param permanent also saved to the plugin's config file (we never do)
     */
    record CreateRoom(String adminKey, String description, int publishers, boolean isPrivate, boolean permanent)
            implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "create").put("admin_key", adminKey)
                    .put("description", description).put("publishers", publishers)
                    .put("is_private", isPrivate).put("permanent", permanent);
        }
    }

    /** {@code destroy}: rooms we create have no room secret, so none is sent. */
    record DestroyRoom(long room, boolean permanent) implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "destroy").put("room", room).put("permanent", permanent);
        }
    }

    /** {@code exists}. */
    record RoomExists(long room) implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "exists").put("room", room);
        }
    }

    /** {@code listparticipants}. */
    record ListParticipants(long room) implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "listparticipants").put("room", room);
        }
    }
}
