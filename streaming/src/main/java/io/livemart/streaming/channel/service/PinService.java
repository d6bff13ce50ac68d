package io.livemart.streaming.channel.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.catalog.RemainingStock;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.money.Money;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.service.ShowService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;
import java.util.UUID;

/** The pinned product card: the product of the show's line-up, its SKUs with prices and the units left now. */
@ApplicationScoped
@Transactional
public class PinService {

    @Inject
    Catalog catalog;

    @Inject
    ShowService shows;

    @Inject
    Instance<RemainingStock> remaining;

    /** The card of a line-up product; refused when the product is not in the show's line-up. */
    public JsonObject card(UUID showId, UUID productId) {
        Show show = shows.get(showId);
        if (!show.lineup.contains(productId)) {
            throw new InvalidRequestException("pin: only a product of the show's line-up can be pinned.");
        }
        ProductSnapshot product = catalog.product(productId).orElseThrow(() -> new NotFoundException("No such product."));
        JsonArray skus = new JsonArray();
        for (SkuSnapshot sku : product.skus()) {
            skus.add(new JsonObject().put("skuId", sku.id().toString()).put("label", sku.label())
                    .put("price", money(sku.price())).put("left", left(showId, sku)));
        }
        return new JsonObject().put("productId", productId.toString()).put("name", product.name()).put("skus", skus);
    }

    /** Units left of a SKU now: the live counter while the show sells it, else the stock of record. */
    public long left(UUID showId, SkuSnapshot sku) {
        if (remaining.isResolvable()) {
            OptionalLong live = remaining.get().left(showId, sku.id());
            if (live.isPresent()) {
                return live.getAsLong();
            }
        }
        return sku.stock();
    }

    /** Units left of every SKU of a product, as {@code stock} events. */
    public JsonArray stock(UUID showId, UUID productId) {
        JsonArray out = new JsonArray();
        catalog.product(productId).ifPresent(p -> p.skus().forEach(sku -> out.add(new JsonObject().put("type", "stock")
                .put("productId", productId.toString()).put("skuId", sku.id().toString()).put("left", left(showId, sku)))));
        return out;
    }

    public static JsonObject money(Money money) {
        return new JsonObject().put("amount", money.amount().toPlainString()).put("currency", money.currency());
    }
}
