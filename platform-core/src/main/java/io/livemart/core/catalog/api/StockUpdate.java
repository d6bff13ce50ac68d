package io.livemart.core.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new stock of record for a product, with the version the merchant saw (optimistic locking). */
public record StockUpdate(@NotNull @Min(0) @Max(1_000_000) Integer stock, @NotNull Long version) {
}
