package io.livemart.core.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livemart.core.catalog.Product;
import io.livemart.core.catalog.RatingSummary;
import io.livemart.core.catalog.Sku;
import io.livemart.core.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product as the API shows it, with its SKUs. Cost prices are shown to the owning merchant only. */
public record ProductView(UUID id, UUID storeId, String merchantId, String name, String description, String category,
        List<String> imageUrls, List<SkuView> skus, int stock, RatingSummary rating, long version) {

    /** A SKU as the API shows it. */
    public record SkuView(UUID id, String code, String label, Map<String, String> attributes, Money price,
            @JsonInclude(JsonInclude.Include.NON_NULL) Money costPrice, int stock, long version) {

        public static SkuView of(Sku s, boolean withCost) {
            return new SkuView(s.id, s.code, s.label(), Map.copyOf(s.attributes), s.price(),
                    withCost ? s.costPrice() : null, s.stock, s.version);
        }
    }

    /** The public view. */
    public static ProductView of(Product p) {
        return of(p, false);
    }

    /** The owner's view, with cost prices. */
    public static ProductView ofOwner(Product p) {
        return of(p, true);
    }

    private static ProductView of(Product p, boolean withCost) {
        List<SkuView> skus = p.skus.stream().map(s -> SkuView.of(s, withCost)).toList();
        return new ProductView(p.id, p.storeId, p.merchantId, p.name, p.description, p.category,
                List.copyOf(p.imageUrls), skus, skus.stream().mapToInt(SkuView::stock).sum(), p.rating(), p.version);
    }
}
