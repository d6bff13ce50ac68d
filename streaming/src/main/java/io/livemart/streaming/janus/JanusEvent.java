package io.livemart.streaming.janus;

import io.vertx.core.json.JsonObject;

/**
 * Something Janus pushed for a handle without being asked in that moment: a plugin {@code event}
 * (no pending transaction), {@code webrtcup}, {@code media}, {@code slowlink}, {@code hangup},
 * {@code detached}, {@code trickle}.
 *
 * @param type the {@code janus} field
 * @param sessionId the session the event belongs to
 * @param handleId the handle ({@code sender}) the event belongs to
 * @param pluginData {@code plugindata.data}, or null
 * @param jsep the JSEP offer/answer, or null
 * @param raw the whole message
 */
public record JanusEvent(String type, long sessionId, long handleId, JsonObject pluginData, JsonObject jsep,
        JsonObject raw) {

    static JanusEvent from(JsonObject message) {
        JsonObject pluginData = message.getJsonObject("plugindata");
        return new JanusEvent(message.getString("janus"), message.getLong("session_id", 0L),
                message.getLong("sender", 0L), pluginData == null ? null : pluginData.getJsonObject("data"),
                message.getJsonObject("jsep"), message);
    }
}
