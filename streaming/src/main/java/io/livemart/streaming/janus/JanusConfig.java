package io.livemart.streaming.janus;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How LiveMart reaches the Janus WebRTC gateway (WebSocket transport of the Janus API). */
@ConfigMapping(prefix = "streaming.janus")
public interface JanusConfig {

    /** WebSocket URL of the Janus API (ws:// or wss://; wss uses the JVM's normal certificate checks). */
    @WithDefault("ws://127.0.0.1:18188")
    String url();

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
}
