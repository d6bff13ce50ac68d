package io.livemart.orders.stock;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.events.ShowEnded;
import io.livemart.core.events.ShowStarted;
import io.livemart.orders.flashsale.service.FlashSaleService;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Opens a line-up lot for every SKU of a show's line-up when it goes live (its stock of record moves into Redis), and
 * closes every open lot of the show when it ends (what is left returns), in the transaction of the show's change.
 */
@ApplicationScoped
public class LiveStockSync {

    @Inject
    Catalog catalog;

    @Inject
    SaleLots saleLots;

    @Inject
    SaleLotRepository lots;

    @Inject
    FlashSaleService flashSales;

    void onShowStarted(@Observes ShowStarted event) {
        for (SkuSnapshot sku : skusOf(event.lineup())) {
            if (lots.lineup(event.showId(), sku.id()).isEmpty()) {
                saleLots.openLineup(event.showId(), event.anchorId(), sku.id(), sku.productId());
            }
        }
    }

    void onShowEnded(@Observes ShowEnded event) {
        List<SaleLot> open = lots.openOfShow(event.showId());
        for (SaleLot lot : open) {
            if (lot.kind == SaleLot.Kind.FLASH) {
                flashSales.close(lot.id, "the show ended");
            }
        }
        for (SaleLot lot : open) {
            if (lot.kind == SaleLot.Kind.LINEUP) {
                saleLots.close(lot.id, "the show ended");
            }
        }
    }

    private List<SkuSnapshot> skusOf(List<UUID> productIds) {
        return productIds.stream().flatMap(id -> catalog.product(id).stream()).flatMap(p -> p.skus().stream()).toList();
    }
}
