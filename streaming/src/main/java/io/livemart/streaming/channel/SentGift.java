package io.livemart.streaming.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One gift sent in a show: sponsorship income of the show and its anchor, at the price of the moment. */
@Entity
@Table(schema = "streaming", name = "gift_sent")
public class SentGift {

    @Id
    public UUID id;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Column(name = "sender_id", nullable = false)
    public String senderId;

    @Column(name = "gift_code", nullable = false)
    public String giftCode;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public String currency;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
