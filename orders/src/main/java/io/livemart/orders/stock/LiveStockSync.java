package io.livemart.orders.stock;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.events.ShowEnded;
import io.livemart.core.events.ShowStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Moves the stock of every SKU of a show's line-up from the record into Redis when it goes live, and what is left back
 * when it ends, in the transaction of the show's change.
 */
@ApplicationScoped
public class LiveStockSync {

    @Inject
    Catalog catalog;

    @Inject
    LiveStock liveStock;

    void onShowStarted(@Observes ShowStarted event) {
        for (SkuSnapshot sku : skusOf(event.lineup())) {
            liveStock.open(event.showId(), sku.id(), catalog.takeAllStock(sku.id()));
        }
    }

    void onShowEnded(@Observes ShowEnded event) {
        for (SkuSnapshot sku : skusOf(event.lineup())) {
            catalog.returnStock(sku.id(), liveStock.drain(event.showId(), sku.id()));
        }
    }

    private List<SkuSnapshot> skusOf(List<UUID> productIds) {
        return productIds.stream().flatMap(id -> catalog.product(id).stream()).flatMap(p -> p.skus().stream()).toList();
    }
}
