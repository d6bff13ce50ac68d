package io.livemart.core.catalog.persistence;

import io.livemart.core.catalog.Product;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    public boolean skuTaken(String merchantId, String sku) {
        return count("merchantId = ?1 and sku = ?2", merchantId, sku) > 0;
    }

    public List<Product> ofMerchant(String merchantId) {
        return list("merchantId = ?1 order by createdAt", merchantId);
    }
}
