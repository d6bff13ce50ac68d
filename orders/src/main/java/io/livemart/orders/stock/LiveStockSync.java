package io.livemart.orders.stock;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.events.ShowEnded;
import io.livemart.core.events.ShowStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Moves a show's line-up stock from the record into Redis when it goes live, and what is left back
 * when it ends, in the transaction of the show's change.
 */
@ApplicationScoped
public class LiveStockSync {

    @Inject
    Catalog catalog;

    @Inject
    LiveStock liveStock;

    void onShowStarted(@Observes ShowStarted event) {
        for (UUID productId : event.lineup()) {
            liveStock.open(event.showId(), productId, catalog.takeAllStock(productId));
        }
    }

    void onShowEnded(@Observes ShowEnded event) {
        for (UUID productId : event.lineup()) {
            catalog.returnStock(productId, liveStock.drain(event.showId(), productId));
        }
    }
}
