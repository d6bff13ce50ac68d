package io.livemart.core.catalog.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.Product;
import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.catalog.Sku;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.catalog.Store;
import io.livemart.core.catalog.api.ProductRequest;
import io.livemart.core.catalog.api.ProductUpdate;
import io.livemart.core.catalog.api.SkuRequest;
import io.livemart.core.catalog.persistence.ProductRepository;
import io.livemart.core.catalog.persistence.SkuRepository;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Merchants' products, their SKUs and the stock of record. Only the owning merchant changes them. */
@ApplicationScoped
@Transactional
public class CatalogService implements Catalog {

    @Inject
    ProductRepository products;

    @Inject
    SkuRepository skus;

    @Inject
    StoreService stores;

    @Inject
    CurrentUser user;

    public Product create(ProductRequest request) {
        Store store = stores.requireMine();
        String currency = request.skus().get(0).price().currency();
        checkCurrencies(request.skus(), currency);
        checkCodesFree(request.skus());
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.storeId = store.id;
        product.merchantId = store.merchantId;
        product.currency = currency;
        product.createdAt = Instant.now();
        describe(product, request.name(), request.description(), request.category(), request.imageUrls());
        for (SkuRequest sku : request.skus()) {
            product.skus.add(newSku(product, sku));
        }
        products.persist(product);
        products.flush();
        return product;
    }

    /** Changes the descriptive fields; a stale version is refused rather than lost. */
    public Product update(UUID id, ProductUpdate update) {
        Product product = owned(id);
        checkVersion("product", product.version, update.version());
        describe(product, update.name(), update.description(), update.category(), update.imageUrls());
        products.flush();
        return product;
    }

    public Product addSku(UUID productId, SkuRequest request) {
        Product product = owned(productId);
        checkCurrencies(List.of(request), product.currency);
        checkCodesFree(List.of(request));
        product.skus.add(newSku(product, request));
        product.updatedAt = Instant.now();
        products.flush();
        return product;
    }

    /** Sets a SKU's price, cost, attributes and stock of record; a stale version is refused rather than lost. */
    public Product updateSku(UUID productId, UUID skuId, SkuRequest request) {
        Product product = owned(productId);
        Sku sku = product.skus.stream().filter(s -> s.id.equals(skuId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Product " + productId + " has no SKU " + skuId + "."));
        if (request.version() == null) {
            throw new InvalidRequestException("version: send the version of the SKU you are changing.");
        }
        checkVersion("SKU", sku.version, request.version());
        checkCurrencies(List.of(request), product.currency);
        if (!sku.code.equals(request.code())) {
            checkCodesFree(List.of(request));
            sku.code = request.code();
        }
        sku.attributes = new TreeMap<>(request.attributes() == null ? java.util.Map.of() : request.attributes());
        sku.priceAmount = request.price().amount();
        sku.costAmount = request.costPrice().amount();
        sku.stock = request.stock();
        product.updatedAt = Instant.now();
        products.flush();
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Product get(UUID id) {
        return products.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No product " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean ownedByCaller(Product product) {
        return user.isAuthenticated() && product.merchantId.equals(user.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Product> search(ProductRepository.Search search, int page, int size) {
        return products.search(search, page, size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductSnapshot> product(UUID productId) {
        return products.findByIdOptional(productId).map(Product::snapshot);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SkuSnapshot> sku(UUID skuId) {
        return skus.snapshot(skuId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int takeAllStock(UUID skuId) {
        Sku sku = lockedSku(skuId);
        int units = sku.stock;
        sku.stock = 0;
        return units;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnStock(UUID skuId, int units) {
        if (units < 0) {
            throw new InvalidRequestException("Cannot return a negative number of units.");
        }
        lockedSku(skuId).stock += units;
    }

    private Sku lockedSku(UUID skuId) {
        return skus.findByIdOptional(skuId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No SKU " + skuId + "."));
    }

    private Product owned(UUID id) {
        Product product = get(id);
        user.requireOwner(product.merchantId, "product");
        return product;
    }

    private static void describe(Product product, String name, String description, String category,
            List<String> imageUrls) {
        product.name = name.strip();
        product.description = description;
        product.category = category;
        product.imageUrls.clear();
        if (imageUrls != null) {
            product.imageUrls.addAll(imageUrls);
        }
        product.updatedAt = Instant.now();
    }

    private Sku newSku(Product product, SkuRequest request) {
        Sku sku = new Sku();
        sku.id = UUID.randomUUID();
        sku.product = product;
        sku.merchantId = product.merchantId;
        sku.code = request.code();
        sku.attributes = new TreeMap<>(request.attributes() == null ? java.util.Map.of() : request.attributes());
        sku.priceAmount = request.price().amount();
        sku.costAmount = request.costPrice().amount();
        sku.stock = request.stock();
        return sku;
    }

    private static void checkVersion(String what, long current, Long seen) {
        if (!Objects.equals(current, seen)) {
            throw new ConflictException("The " + what + " changed since you loaded it (version " + current + ", yours "
                    + seen + "); reload and try again.");
        }
    }

    private static void checkCurrencies(List<SkuRequest> requests, String currency) {
        for (int i = 0; i < requests.size(); i++) {
            SkuRequest sku = requests.get(i);
            if (!currency.equals(sku.price().currency()) || !currency.equals(sku.costPrice().currency())) {
                throw new InvalidRequestException("skus[" + i + "]: every price and cost of a product is in one currency ("
                        + currency + ").");
            }
        }
    }

    private void checkCodesFree(List<SkuRequest> requests) {
        Set<String> seen = new HashSet<>();
        for (SkuRequest sku : requests) {
            if (!seen.add(sku.code())) {
                throw new ConflictException("SKU code '" + sku.code() + "' appears twice.");
            }
        }
        List<String> taken = skus.codesTaken(user.id(), seen);
        if (!taken.isEmpty()) {
            throw new ConflictException("Your store already has SKU code '" + taken.get(0) + "'.");
        }
    }
}
