package io.livemart.core.catalog.api;

import io.livemart.core.catalog.Product;
import io.livemart.core.money.Money;
import java.util.UUID;

/** A product as the API shows it. */
public record ProductView(UUID id, String merchantId, String name, String description, String sku, Money price,
        int stock, long version) {

    public static ProductView of(Product p) {
        return new ProductView(p.id, p.merchantId, p.name, p.description, p.sku, p.price(), p.stock, p.version);
    }
}
