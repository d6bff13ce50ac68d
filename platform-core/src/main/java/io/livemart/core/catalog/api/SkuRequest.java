package io.livemart.core.catalog.api;

import io.livemart.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One variant of a product: its code (unique in the store), what tells it apart, its price, its cost
 * price (for the show's profit) and its stock of record. For an update, {@code version} is the one the
 * merchant saw.
 */
public record SkuRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only") String code,
        @Size(max = 5) Map<@NotBlank @Size(max = 20) String, @NotBlank @Size(max = 40) String> attributes,
        @NotNull @Valid Money price,
        @NotNull @Valid Money costPrice,
        @NotNull @Min(0) @Max(1_000_000) Integer stock,
        Long version) {
}
