package io.livemart.core.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of the catalog. A SKU's stock moves out of the record while a show sells it
 * live and comes back when the show ends, so the record and the live counters never both sell a unit.
 */
public interface Catalog {

    Optional<ProductSnapshot> product(UUID productId);

    Optional<SkuSnapshot> sku(UUID skuId);

    /** Moves all of a SKU's stock of record out for a live sale; answers how many units moved. */
    int takeAllStock(UUID skuId);

    /** Puts units back into a SKU's stock of record (what a show did not sell). */
    void returnStock(UUID skuId, int units);
}
