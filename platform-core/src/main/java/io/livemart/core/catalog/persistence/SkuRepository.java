package io.livemart.core.catalog.persistence;

import io.livemart.core.catalog.Sku;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SkuRepository implements PanacheRepositoryBase<Sku, UUID> {

    /** Which of these codes the merchant's store already uses. */
    public List<String> codesTaken(String merchantId, Collection<String> codes) {
        return find("select s.code from Sku s where s.merchantId = ?1 and s.code in ?2", merchantId, codes)
                .project(String.class).list();
    }
}
