package io.livemart.core.catalog;

import io.livemart.core.money.Money;
import java.util.UUID;

/** What other modules may know of a product. */
public record ProductSnapshot(UUID id, String merchantId, String name, String sku, Money price, int stock) {
}
