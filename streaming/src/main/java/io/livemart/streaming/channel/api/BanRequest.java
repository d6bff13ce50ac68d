package io.livemart.streaming.channel.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ban a user from a room for the rest of the show. */
public record BanRequest(@NotBlank @Size(max = 64) String userId) {
}
