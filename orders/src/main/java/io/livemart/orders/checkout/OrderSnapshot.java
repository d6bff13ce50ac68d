package io.livemart.orders.checkout;

import java.util.UUID;

/** What other modules may know of an order. */
public record OrderSnapshot(UUID id, String buyerId, String merchantId, UUID showId, String anchorId, UUID productId,
        int quantity, OrderStatus status) {
}
