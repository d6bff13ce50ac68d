package io.livemart.streaming.janus;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.livemart.streaming.janus.videoroom.VideoRoomHandle;
import io.vertx.core.json.JsonObject;

/**
 * Ready when at least one Janus node answers a real {@code info} request within {@link #TIMEOUT} and
 * has the videoroom plugin loaded (shows are placed on the nodes that answer). Each node's state is in
 * the check's data. ({@code info} needs no API secret, so a wrong secret shows up on the first room
 * request, not here.)
 */
@Readiness
@ApplicationScoped
public class JanusReadinessCheck implements HealthCheck {

    /** How long readiness waits for Janus. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final java.util.function.Supplier<java.util.List<VideoRoomClient>> nodes;

    @Inject
    public JanusReadinessCheck(JanusNodes nodes) {
        this.nodes = nodes::all;
    }

    /** A check of one node (tests). */
    JanusReadinessCheck(VideoRoomClient node) {
        this.nodes = () -> java.util.List.of(node);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Janus");
        boolean anyUp = false;
        int i = 0;
        java.util.List<VideoRoomClient> all = nodes.get();
        for (VideoRoomClient node : all) {
            String prefix = all.size() == 1 ? "" : "node" + i + ".";
            String problem = check(node, response, prefix);
            if (problem == null) {
                anyUp = true;
            } else {
                response.withData(prefix + "error", problem);
            }
            i++;
        }
        return (anyUp ? response.up() : response.down()).build();
    }

    /** Checks one node; null when it is fine, else what is wrong. */
    private static String check(VideoRoomClient client, HealthCheckResponseBuilder response, String prefix) {
        JsonObject info;
        try {
            // Synchronous checks run on a worker thread; the Uni itself is bounded by TIMEOUT.
            info = client.serverInfo(TIMEOUT).await().atMost(TIMEOUT.plusMillis(500));
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        response.withData(prefix + "name", info.getString("name", "?"))
                .withData(prefix + "version", info.getString("version_string", "?"))
                .withData(prefix + "server", info.getString("server-name", "?"));
        JsonObject plugins = info.getJsonObject("plugins", new JsonObject());
        if (!plugins.containsKey(VideoRoomHandle.PLUGIN)) {
            return "The videoroom plugin is not loaded";
        }
        return null;
    }
}
