package io.livemart.core.anchor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import io.livemart.core.validation.HttpUrl;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The caller's public anchor profile.
 *
 * @param displayName the name shoppers see
 * @param avatarUrl   a picture, by http or https URL
 * @param bio         a few words about the anchor
 * @param categories  what the anchor sells, e.g. "Tea", "Knitwear" (compared case-insensitively)
 */
public record AnchorProfileRequest(
        @NotBlank @Size(max = 60) String displayName,
        @HttpUrl String avatarUrl,
        @Size(max = 1000) String bio,
        @Size(max = 8, message = "at most 8 categories") List<
                @NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} &'-]*",
                        message = "letters, digits, spaces, '&', ''' and '-' only") String> categories) {
}
