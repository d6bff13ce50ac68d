package io.livemart.core.selection.api;

import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.selection.SelectionItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One product of an anchor's selection. */
public record SelectionItemView(UUID productId, String productName, String merchantId, UUID offerId,
        BigDecimal commissionRate, Instant addedAt) {

    public static SelectionItemView of(SelectionItem item, ProductSnapshot product) {
        return new SelectionItemView(item.productId, product == null ? null : product.name(), item.merchantId,
                item.offerId, item.commissionRate, item.addedAt);
    }
}
