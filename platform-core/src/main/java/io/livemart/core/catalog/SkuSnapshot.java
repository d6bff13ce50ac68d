package io.livemart.core.catalog;

import io.livemart.core.money.Money;
import java.util.UUID;

/** What other modules may know of a SKU. */
public record SkuSnapshot(UUID id, UUID productId, String merchantId, String code, String label, Money price,
        Money costPrice, int stock) {
}
