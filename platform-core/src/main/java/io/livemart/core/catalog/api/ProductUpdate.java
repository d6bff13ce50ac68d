package io.livemart.core.catalog.api;

import io.livemart.core.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** New descriptive fields of a product, with the version the merchant saw (a stale one is a 409). */
public record ProductUpdate(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @NotNull @Pattern(regexp = "[a-z0-9-]{2,40}", message = "a category such as 'tea' or 'knitwear'") String category,
        @Size(max = 10) List<@NotNull @HttpUrl String> imageUrls,
        @NotNull Long version) {
}
