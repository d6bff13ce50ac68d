package io.livemart.streaming.show.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A show to schedule: its title, when it should start and the products it will sell. */
public record ShowRequest(
        @NotBlank @Size(max = 140) String title,
        @Future Instant scheduledStart,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> lineup) {
}
