package io.livemart.core.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A merchant lends a product to anchors for a commission: to every anchor, or only to the anchors it
 * names. A withdrawn offer no longer lets anchors add the product; selections made before keep their terms.
 */
@Entity
@Table(schema = "core", name = "offer")
public class Offer {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    /** Percent of the sale price paid to the anchor, 0 to 100. */
    @Column(name = "commission_rate", nullable = false)
    public BigDecimal commissionRate;

    /** Empty: open to every anchor. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "core", name = "offer_anchor", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "anchor_id", nullable = false)
    public Set<String> anchorIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    public boolean isOpenTo(String anchorId) {
        return withdrawnAt == null && (anchorIds.isEmpty() || anchorIds.contains(anchorId));
    }
}
