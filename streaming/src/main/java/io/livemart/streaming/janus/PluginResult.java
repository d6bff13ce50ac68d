package io.livemart.streaming.janus;

import io.vertx.core.json.JsonObject;

/**
 * A plugin's answer to a message.
 *
 * @param plugin the plugin package name, e.g. {@code janus.plugin.videoroom}
 * @param data {@code plugindata.data} (may carry a plugin-level {@code error_code})
 * @param jsep the JSEP that came with the answer, or null
 * @param acknowledgedFirst true when Janus first answered {@code ack} and the result came later as
 *        an {@code event} (asynchronous plugin request); false for a synchronous {@code success}
 */
public record PluginResult(String plugin, JsonObject data, JsonObject jsep, boolean acknowledgedFirst) {

    static PluginResult from(JsonObject answer, boolean acknowledgedFirst) {
        JsonObject pluginData = answer.getJsonObject("plugindata", new JsonObject());
        return new PluginResult(pluginData.getString("plugin"), pluginData.getJsonObject("data", new JsonObject()),
                answer.getJsonObject("jsep"), acknowledgedFirst);
    }
}
