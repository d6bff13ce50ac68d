package io.livemart.streaming.channel.api;

import java.time.Instant;

/** A user muted in a room until a time. */
public record MuteView(String userId, Instant until) {
}
