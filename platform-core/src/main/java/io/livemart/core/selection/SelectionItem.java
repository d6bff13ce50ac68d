package io.livemart.core.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product an anchor took into its selection from an offer, with the commission agreed then. */
@Entity
@Table(schema = "core", name = "selection_item")
public class SelectionItem {

    @Id
    public UUID id;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "offer_id", nullable = false)
    public UUID offerId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(name = "commission_rate", nullable = false)
    public BigDecimal commissionRate;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
