package io.livemart.core.catalog.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.Product;
import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.catalog.api.ProductRequest;
import io.livemart.core.catalog.api.StockUpdate;
import io.livemart.core.catalog.persistence.ProductRepository;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Merchants' products and their stock of record. */
@ApplicationScoped
@Transactional
public class CatalogService implements Catalog {

    @Inject
    ProductRepository products;

    @Inject
    CurrentUser user;

    public Product create(ProductRequest request) {
        String merchantId = user.id();
        if (products.skuTaken(merchantId, request.sku())) {
            throw new ConflictException("Your store already has a product with SKU '" + request.sku() + "'.");
        }
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.merchantId = merchantId;
        product.name = request.name().strip();
        product.description = request.description();
        product.sku = request.sku();
        product.priceAmount = request.price().amount();
        product.priceCurrency = request.price().currency();
        product.stock = request.stock();
        product.createdAt = Instant.now();
        products.persist(product);
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Product get(UUID id) {
        return products.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No product " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Product> mine() {
        return products.ofMerchant(user.id());
    }

    /** The owning merchant sets the stock of record; a stale version is refused rather than lost. */
    public Product updateStock(UUID id, StockUpdate update) {
        Product product = get(id);
        user.requireOwner(product.merchantId, "product");
        if (product.version != update.version()) {
            throw new ConflictException("The product changed since you loaded it (version " + product.version
                    + ", yours " + update.version() + "); reload and try again.");
        }
        product.stock = update.stock();
        products.flush();
        return product;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductSnapshot> product(UUID productId) {
        return products.findByIdOptional(productId).map(Product::snapshot);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int takeAllStock(UUID productId) {
        Product product = products.findByIdOptional(productId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No product " + productId + "."));
        int units = product.stock;
        product.stock = 0;
        return units;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnStock(UUID productId, int units) {
        if (units < 0) {
            throw new InvalidRequestException("Cannot return a negative number of units.");
        }
        Product product = products.findByIdOptional(productId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No product " + productId + "."));
        product.stock += units;
    }
}
