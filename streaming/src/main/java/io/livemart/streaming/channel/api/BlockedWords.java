package io.livemart.streaming.channel.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Blocked words: a room's own, or the platform-wide list. */
public record BlockedWords(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> words) {
}
