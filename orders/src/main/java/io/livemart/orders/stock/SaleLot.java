package io.livemart.orders.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Units of one SKU moved into a live counter for one show: the line-up's units when the show went live, or a flash
 * sale's. The record of what Redis sells: allocated = units held by live orders + units left in Redis (while open)
 * + units returned to the stock of record.
 */
@Entity
@Table(schema = "orders", name = "sale_lot")
public class SaleLot {

    public enum Kind {
        LINEUP, FLASH
    }

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Column(name = "sku_id", nullable = false)
    public UUID skuId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Units moved into the live counter for this lot (less what a flash sale carved out of a line-up lot). */
    @Column(nullable = false)
    public int allocated;

    /** Units given back to the stock of record since the lot closed (at close, and later cancellations). */
    @Column(nullable = false)
    public int returned;

    /** Which strategy counts and reserves this lot's units; line-up lots are always counted in Redis. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stock_strategy", nullable = false)
    public StockStrategy.Name stockStrategy = StockStrategy.Name.REDIS;

    /**
     * Units left, for a lot counted by the SQL strategy (null in Redis lots). Written once at insert; afterwards only
     * by that strategy's conditional UPDATEs, never by an entity flush that could carry a stale value.
     */
    @Column(name = "units_left", updatable = false)
    public Integer unitsLeft;

    @Column(name = "per_buyer_limit", nullable = false)
    public int perBuyerLimit;

    /** A flash sale's price; null for a line-up lot, which sells at the SKU's price. */
    @Column(name = "unit_amount")
    public BigDecimal unitAmount;

    @Column
    public String currency;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** When a flash sale ends by itself; null for a line-up lot, which ends with the show. */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    @Version
    public long version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
