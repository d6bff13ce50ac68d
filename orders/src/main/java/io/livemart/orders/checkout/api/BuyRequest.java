package io.livemart.orders.checkout.api;

import io.livemart.orders.checkout.PaymentMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * One tap on "buy": a SKU of a product in a live show's line-up, how many, how the buyer pays, and optionally the
 * flash sale it is bought in (at the sale's price and limit).
 */
public record BuyRequest(
        @NotNull UUID showId,
        @NotNull UUID skuId,
        @NotNull @Min(1) @Max(99) Integer quantity,
        @NotNull PaymentMethod payment,
        UUID flashSaleId) {

    /** The header that makes a buy safe to retry, and the longest key it may hold. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final int IDEMPOTENCY_KEY_MAX = 100;

    public BuyRequest(UUID showId, UUID skuId, Integer quantity, PaymentMethod payment) {
        this(showId, skuId, quantity, payment, null);
    }
}
