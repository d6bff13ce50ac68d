package io.livemart.orders.flashsale.api;

import io.livemart.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An anchor opens a flash sale: a SKU of its live show's line-up, how many units, at what price, for how long. */
public record FlashSaleRequest(
        @NotNull UUID showId,
        @NotNull UUID skuId,
        @NotNull @Min(1) @Max(100000) Integer quantity,
        @NotNull @Valid Money price,
        @NotNull @Min(1) @Max(1000) Integer perBuyerLimit,
        @NotNull @Min(1) @Max(86400) Integer durationSeconds) {
}
