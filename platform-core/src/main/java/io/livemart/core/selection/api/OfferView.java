package io.livemart.core.selection.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.selection.Offer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An offer as the API shows it; the named anchors are shown to the merchant only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferView(UUID id, UUID productId, String productName, String category, String merchantId,
        BigDecimal commissionRate, boolean openToAll, Set<String> anchorIds, Instant createdAt, Instant withdrawnAt) {

    public static OfferView of(Offer o, ProductSnapshot product, boolean forMerchant) {
        return new OfferView(o.id, o.productId, product == null ? null : product.name(),
                product == null ? null : product.category(), o.merchantId, o.commissionRate, o.anchorIds.isEmpty(),
                forMerchant ? new TreeSet<>(o.anchorIds) : null, o.createdAt, o.withdrawnAt);
    }
}
