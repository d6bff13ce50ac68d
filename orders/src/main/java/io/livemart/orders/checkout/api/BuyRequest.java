package io.livemart.orders.checkout.api;

import io.livemart.orders.checkout.PaymentMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** One tap on "buy": a SKU of a product in a live show's line-up, how many, and how the buyer pays. */
public record BuyRequest(
        @NotNull UUID showId,
        @NotNull UUID skuId,
        @NotNull @Min(1) @Max(99) Integer quantity,
        @NotNull PaymentMethod payment) {
}
