package io.livemart.core.catalog.api;

import io.livemart.core.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A merchant's store front. */
public record StoreRequest(
        @NotBlank @Size(max = 80) String name,
        @Size(max = 1000) String description,
        @HttpUrl String logoUrl) {
}
