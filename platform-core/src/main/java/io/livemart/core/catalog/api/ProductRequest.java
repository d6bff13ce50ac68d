package io.livemart.core.catalog.api;

import io.livemart.core.validation.HttpUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new product for the caller's store, with at least one SKU. */
public record ProductRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @NotNull @Pattern(regexp = "[a-z0-9-]{2,40}", message = "a category such as 'tea' or 'knitwear'") String category,
        @Size(max = 10) List<@NotNull @HttpUrl String> imageUrls,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SkuRequest> skus) {
}
