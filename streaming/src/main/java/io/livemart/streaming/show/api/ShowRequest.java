package io.livemart.streaming.show.api;

import io.livemart.streaming.show.MarketingMode;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A show to schedule: its title, when it should start (the planned start), the products it will sell, how it
 * sells them and its cover image.
 */
public record ShowRequest(
        @NotBlank @Size(max = 140) String title,
        @Future Instant scheduledStart,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> lineup,
        @Schema(description = "One or more marketing modes; VALUE when left out.")
        @Size(min = 1, max = 7) Set<@NotNull MarketingMode> marketingModes,
        @Schema(description = "An absolute http or https URL of the cover image.")
        @Size(max = 2048) @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "must be an http or https URL")
        String coverImageUrl) {
}
