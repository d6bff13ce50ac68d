package io.livemart.core.catalog.api;

import io.livemart.core.catalog.RatingSummary;
import io.livemart.core.catalog.Store;
import java.util.UUID;

/** A store as the API shows it, with the merchant's score from buyers' ratings. */
public record StoreView(UUID id, String merchantId, String name, String description, String logoUrl, RatingSummary score,
        long version) {

    public static StoreView of(Store s) {
        return new StoreView(s.id, s.merchantId, s.name, s.description, s.logoUrl, RatingSummary.of(s.scoreSum, s.scoreCount),
                s.version);
    }
}
