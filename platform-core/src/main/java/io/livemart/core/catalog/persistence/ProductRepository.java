package io.livemart.core.catalog.persistence;

import io.livemart.core.catalog.Product;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    /** Filters of a catalog search; null means "any". */
    public record Search(String text, String category, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock,
            UUID storeId, String merchantId) {
    }

    /** Products matching every filter; price and stock filters hold when at least one SKU matches them. */
    public PanacheQuery<Product> search(Search search, int page, int size) {
        List<String> where = new ArrayList<>();
        List<String> skuWhere = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.text() != null) {
            where.add("(lower(p.name) like :text or lower(p.description) like :text)");
            params.put("text", "%" + search.text().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.category() != null) {
            where.add("p.category = :category");
            params.put("category", search.category());
        }
        if (search.storeId() != null) {
            where.add("p.storeId = :storeId");
            params.put("storeId", search.storeId());
        }
        if (search.merchantId() != null) {
            where.add("p.merchantId = :merchantId");
            params.put("merchantId", search.merchantId());
        }
        if (search.minPrice() != null) {
            skuWhere.add("s.priceAmount >= :minPrice");
            params.put("minPrice", search.minPrice());
        }
        if (search.maxPrice() != null) {
            skuWhere.add("s.priceAmount <= :maxPrice");
            params.put("maxPrice", search.maxPrice());
        }
        if (search.inStock()) {
            skuWhere.add("s.stock > 0");
        }
        if (!skuWhere.isEmpty()) {
            where.add("exists (select 1 from Sku s where s.product = p and " + String.join(" and ", skuWhere) + ")");
        }
        String query = "from Product p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, Sort.by("createdAt", Sort.Direction.Descending).and("id"), params).page(Page.of(page, size));
    }
}
