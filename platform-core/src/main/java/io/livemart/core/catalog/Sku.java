package io.livemart.core.catalog;

import io.livemart.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sellable variant of a product, with its own code, price, cost and stock of record. */
@Entity
@Table(schema = "core", name = "sku")
public class Sku {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    /** Unique within the store. */
    @Column(nullable = false)
    public String code;

    /** What tells this variant apart: {"size": "M", "colour": "oat"}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> attributes = new TreeMap<>();

    @Column(name = "price_amount", nullable = false)
    public BigDecimal priceAmount;

    @Column(name = "cost_amount", nullable = false)
    public BigDecimal costAmount;

    @Column(nullable = false)
    public int stock;

    @Version
    public long version;

    public Money price() {
        return new Money(priceAmount, product.currency);
    }

    public Money costPrice() {
        return new Money(costAmount, product.currency);
    }

    /** "Alpaca scarf (colour oat)": the product's name with what tells this variant apart. */
    public String label() {
        return label(product.name, attributes);
    }

    /** A variant's label from its product's name and its attributes, in attribute-name order. */
    public static String label(String productName, Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return productName;
        }
        return productName + " (" + new TreeMap<>(attributes).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    public SkuSnapshot snapshot() {
        return new SkuSnapshot(id, product.id, merchantId, code, label(), price(), costPrice(), stock);
    }
}
