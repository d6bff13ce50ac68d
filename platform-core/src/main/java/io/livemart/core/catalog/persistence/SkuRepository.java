package io.livemart.core.catalog.persistence;

import io.livemart.core.catalog.Sku;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SkuRepository implements PanacheRepositoryBase<Sku, UUID> {

    /**
     * One SKU as other modules see it, in one statement: the SKU's columns with its product's name and currency,
     * without loading the product's images and other SKUs (a buy needs only this, see ADR 0020).
     */
    @SuppressWarnings("unchecked")
    public Optional<SkuSnapshot> snapshot(UUID skuId) {
        List<Object[]> rows = getEntityManager().createQuery("select s.id, p.id, s.merchantId, s.code, p.name, s.attributes, "
                + "s.priceAmount, s.costAmount, p.currency, s.stock from Sku s join s.product p where s.id = :id")
                .setParameter("id", skuId).getResultList();
        return rows.stream().findFirst().map(r -> {
            String currency = (String) r[8];
            return new SkuSnapshot((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                    Sku.label((String) r[4], (Map<String, String>) r[5]), new Money((BigDecimal) r[6], currency),
                    new Money((BigDecimal) r[7], currency), (Integer) r[9]);
        });
    }

    /** Which of these codes the merchant's store already uses. */
    public List<String> codesTaken(String merchantId, Collection<String> codes) {
        return find("select s.code from Sku s where s.merchantId = ?1 and s.code in ?2", merchantId, codes)
                .project(String.class).list();
    }
}
