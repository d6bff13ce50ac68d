package io.livemart.streaming.channel.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A room's own blocked words (the platform's come from configuration). */
public record BlockedWords(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> words) {
}
