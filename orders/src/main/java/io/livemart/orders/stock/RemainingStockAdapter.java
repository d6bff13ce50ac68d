package io.livemart.orders.stock;

import io.livemart.core.catalog.RemainingStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.UUID;

/** Publishes the live counters' units left (read-only) for the room channel's pinned product card. */
@ApplicationScoped
public class RemainingStockAdapter implements RemainingStock {

    @Inject
    LiveStock liveStock;

    @Override
    public OptionalLong left(UUID showId, UUID skuId) {
        long left = liveStock.left(showId, skuId);
        return left < 0 ? OptionalLong.empty() : OptionalLong.of(left);
    }
}
