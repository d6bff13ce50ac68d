package io.livemart.core.events;

import io.livemart.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/** A buyer ordered during a show: counts towards the show's and the anchor's sales. */
public record OrderPlaced(UUID orderId, UUID showId, String anchorId, String merchantId, String buyerId, UUID productId,
        int quantity, Money total, Instant placedAt) {
}
