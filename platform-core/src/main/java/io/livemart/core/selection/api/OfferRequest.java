package io.livemart.core.selection.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** A product offered to anchors for a commission; no anchors named means open to all. */
public record OfferRequest(
        @NotNull UUID productId,
        @NotNull @DecimalMin(value = "0", message = "must be between 0 and 100 percent")
        @DecimalMax(value = "100", message = "must be between 0 and 100 percent")
        @Digits(integer = 3, fraction = 2) BigDecimal commissionRate,
        @Size(max = 100) Set<@NotBlank @Size(max = 64) String> anchorIds) {
}
