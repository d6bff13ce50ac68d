package io.livemart.core.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A product of a merchant's store. What is sold and stocked is one of its SKUs (size, colour…). */
@Entity
@Table(schema = "core", name = "product")
public class Product {

    @Id
    public UUID id;

    @Column(name = "store_id", nullable = false)
    public UUID storeId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public String category;

    /** The currency of every SKU's price and cost. */
    @Column(nullable = false)
    public String currency;

    // Few per product and always shown with it: loaded with the product (in batches for pages of products).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "core", name = "product_image", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    @BatchSize(size = 50)
    public List<String> imageUrls = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("code")
    @BatchSize(size = 50)
    public List<Sku> skus = new ArrayList<>();

    /** Buyers' ratings of the product, rolled up from their feedback. */
    @Column(name = "rating_count", nullable = false)
    public long ratingCount;

    @Column(name = "rating_sum", nullable = false)
    public long ratingSum;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public RatingSummary rating() {
        return RatingSummary.of(ratingSum, ratingCount);
    }

    public ProductSnapshot snapshot() {
        return new ProductSnapshot(id, merchantId, storeId, name, category, skus.stream().map(Sku::snapshot).toList());
    }
}
