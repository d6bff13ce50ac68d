package io.livemart.core.catalog.service;

import io.livemart.core.catalog.Store;
import io.livemart.core.catalog.api.StoreRequest;
import io.livemart.core.catalog.persistence.StoreRepository;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Each merchant has one store; it opens it and keeps its front up to date. */
@ApplicationScoped
@Transactional
public class StoreService {

    @Inject
    StoreRepository stores;

    @Inject
    CurrentUser user;

    /** Opens the caller's store, or updates it when it exists. */
    public Store save(StoreRequest request) {
        Store store = stores.ofMerchant(user.id()).orElse(null);
        boolean opening = store == null;
        if (opening) {
            store = new Store();
            store.id = UUID.randomUUID();
            store.merchantId = user.id();
            store.createdAt = Instant.now();
        }
        store.name = request.name().strip();
        store.description = request.description();
        store.logoUrl = request.logoUrl();
        if (opening) {
            stores.persist(store);
        }
        stores.flush();
        return store;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Store mine() {
        return stores.ofMerchant(user.id())
                .orElseThrow(() -> new NotFoundException("You have no store yet: open it with PUT /api/stores/mine."));
    }

    /** The caller's store, required before products can be added. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Store requireMine() {
        return stores.ofMerchant(user.id())
                .orElseThrow(() -> new ConflictException("Open your store first (PUT /api/stores/mine)."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Store get(UUID id) {
        return stores.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No store " + id + "."));
    }
}
