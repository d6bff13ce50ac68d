package io.livemart.streaming.janus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How LiveMart reaches the Janus WebRTC gateway (WebSocket transport of the Janus API). */
@ConfigMapping(prefix = "streaming.janus")
public interface JanusConfig {

    /** WebSocket URL of the Janus API (ws:// or wss://; wss uses the JVM's normal certificate checks). */
    @WithDefault("ws://127.0.0.1:18188")
    String url();

    /**
     * WebSocket URLs of every Janus node rooms may be placed on (comma-separated); a new show's room goes
     * to the least-loaded one. When absent, {@link #url()} is the only node.
     */
    Optional<List<String>> nodes();

    /** Janus general {@code api_secret}; the default is the local stack's throwaway demo credential, never a real one. */
    @WithDefault("livemart-local-janus-api")
    String apiSecret();

    /** Videoroom plugin {@code admin_key}, needed to create rooms; the default is the local stack's throwaway demo key. */
    @WithDefault("livemart-local-room-key")
    String roomAdminKey();

    /** How long one Janus request (including opening the WebSocket) may take before it fails. */
    @WithDefault("5S")
    Duration requestTimeout();

    /** Janus {@code session_timeout}; sessions send a keepalive every third of it. */
    @WithDefault("60S")
    Duration sessionTimeout();

    /** The nodes in configuration order: {@link #nodes()} if given, else {@link #url()} alone. */
    default List<String> nodeUrls() {
        return nodes().filter(list -> !list.isEmpty()).orElse(List.of(url()));
    }
}
