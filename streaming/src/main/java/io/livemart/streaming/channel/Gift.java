package io.livemart.streaming.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A gift of the catalog viewers can send, at its price. */
@Entity
@Table(schema = "streaming", name = "gift")
public class Gift {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public BigDecimal price;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public int position;
}
