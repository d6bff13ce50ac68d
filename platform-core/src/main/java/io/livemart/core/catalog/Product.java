package io.livemart.core.catalog;

import io.livemart.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product of a merchant's store, with its price and its stock of record. */
@Entity
@Table(schema = "core", name = "product")
public class Product {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public String sku;

    @Column(name = "price_amount", nullable = false)
    public BigDecimal priceAmount;

    @Column(name = "price_currency", nullable = false)
    public String priceCurrency;

    @Column(nullable = false)
    public int stock;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Money price() {
        return new Money(priceAmount, priceCurrency);
    }

    public ProductSnapshot snapshot() {
        return new ProductSnapshot(id, merchantId, name, sku, price(), stock);
    }
}
