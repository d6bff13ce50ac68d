package io.livemart.streaming.janus.videoroom;

import io.vertx.core.json.JsonObject;

/**
 * Typed bodies of videoroom plugin requests. Requests that carry SDP (publish, start) send it as
 * the message's {@code jsep}, beside this body.
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

    /** {@code list}: with the admin key Janus also lists private rooms (ours are all private). */
    record ListRooms(String adminKey) implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "list").put("admin_key", adminKey);
        }
    }

    /** {@code joinandconfigure} as a publisher: joins and publishes the JSEP offer in one round trip. */
    record Publish(long room, String display) implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "joinandconfigure").put("room", room).put("ptype", "publisher")
                    .put("display", display).put("audio", true).put("video", true);
        }
    }

    /** {@code join} as a subscriber to some publishers' feeds; Janus answers with its JSEP offer. */
    record Subscribe(long room, java.util.List<Long> feeds) implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            io.vertx.core.json.JsonArray streams = new io.vertx.core.json.JsonArray();
            feeds.forEach(feed -> streams.add(new JsonObject().put("feed", feed)));
            return new JsonObject().put("request", "join").put("room", room).put("ptype", "subscriber")
                    .put("streams", streams);
        }
    }

    /** {@code start}: the subscriber's JSEP answer goes with it. */
    record Start() implements VideoRoomRequest {
        @Override
        public JsonObject toBody() {
            return new JsonObject().put("request", "start");
        }
    }
}
