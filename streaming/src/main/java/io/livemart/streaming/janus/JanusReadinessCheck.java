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
 * Ready when Janus answers a real {@code info} request within {@link #TIMEOUT} and has the
 * videoroom plugin loaded. ({@code info} needs no API secret, so a wrong secret shows up on the
 * first room request, not here.)
 */
@Readiness
@ApplicationScoped
public class JanusReadinessCheck implements HealthCheck {

    /** How long readiness waits for Janus. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final VideoRoomClient client;

    @Inject
    public JanusReadinessCheck(VideoRoomClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Janus");
        JsonObject info;
        try {
            // Synchronous checks run on a worker thread; the Uni itself is bounded by TIMEOUT.
            info = client.serverInfo(TIMEOUT).await().atMost(TIMEOUT.plusMillis(500));
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
        response.withData("name", info.getString("name", "?"))
                .withData("version", info.getString("version_string", "?"))
                .withData("server", info.getString("server-name", "?"));
        JsonObject plugins = info.getJsonObject("plugins", new JsonObject());
        if (!plugins.containsKey(VideoRoomHandle.PLUGIN)) {
            return response.down().withData("error", "The videoroom plugin is not loaded").build();
        }
        return response.up().build();
    }
}
