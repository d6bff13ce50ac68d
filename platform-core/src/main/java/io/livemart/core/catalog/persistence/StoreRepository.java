package io.livemart.core.catalog.persistence;

import io.livemart.core.catalog.Store;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StoreRepository implements PanacheRepositoryBase<Store, UUID> {

    public Optional<Store> ofMerchant(String merchantId) {
        return find("merchantId", merchantId).firstResultOptional();
    }
}
