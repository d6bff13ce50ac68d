package io.livemart.core.catalog;

import java.util.List;
import java.util.UUID;

/** What other modules may know of a product. */
public record ProductSnapshot(UUID id, String merchantId, UUID storeId, String name, String category,
        List<SkuSnapshot> skus) {
}
