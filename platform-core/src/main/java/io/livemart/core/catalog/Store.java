package io.livemart.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A merchant's store: one per merchant, holding its products. */
@Entity
@Table(schema = "core", name = "store")
public class Store {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false, unique = true)
    public String merchantId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "logo_url")
    public String logoUrl;

    /** Buyers' ratings of the merchant, rolled up from their feedback. */
    @Column(name = "score_count", nullable = false)
    public long scoreCount;

    @Column(name = "score_sum", nullable = false)
    public long scoreSum;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
