package io.livemart.streaming.channel.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Mute a user in a room for some minutes (at most a day). */
public record MuteRequest(@NotBlank @Size(max = 64) String userId, @Min(1) @Max(1440) int minutes) {
}
