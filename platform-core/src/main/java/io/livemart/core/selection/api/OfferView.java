package io.livemart.core.selection.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.selection.Offer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An offer as the API shows it. The named anchors and the anchors who took the product into their selection
 * ({@code takenBy}, with the commission agreed then) are shown to the merchant only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferView(UUID id, UUID productId, String productName, String category, String merchantId,
        BigDecimal commissionRate, boolean openToAll, Set<String> anchorIds, Instant createdAt, Instant withdrawnAt,
        List<Taker> takenBy) {

    /** An anchor who has the product in its selection; {@code name} is its display name (null without a profile). */
    public record Taker(String anchorId, String name, BigDecimal commissionRate, Instant addedAt) {
    }

    public static OfferView of(Offer o, ProductSnapshot product, boolean forMerchant) {
        return of(o, product, forMerchant, null);
    }

    public static OfferView of(Offer o, ProductSnapshot product, boolean forMerchant, List<Taker> takenBy) {
        return new OfferView(o.id, o.productId, product == null ? null : product.name(),
                product == null ? null : product.category(), o.merchantId, o.commissionRate, o.anchorIds.isEmpty(),
                forMerchant ? new TreeSet<>(o.anchorIds) : null, o.createdAt, o.withdrawnAt, forMerchant ? takenBy : null);
    }
}
