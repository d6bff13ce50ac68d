package io.livemart.core.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of the catalog. Stock moves out of the record while a show sells it
 * live and comes back when the show ends, so the record and the live counters never both sell a unit.
 */
public interface Catalog {

    Optional<ProductSnapshot> product(UUID productId);

    /** Moves all of a product's stock of record out for a live sale; answers how many units moved. */
    int takeAllStock(UUID productId);

    /** Puts units back into the stock of record (what a show did not sell). */
    void returnStock(UUID productId, int units);
}
