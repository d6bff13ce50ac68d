package io.livemart.core.events;

import io.livemart.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled or its reservation expired ({@code expired}); its units went back on sale or to the stock
 * of record, and a paid order is refunded ({@code refunded}).
 */
public record OrderCancelled(UUID orderId, UUID showId, String anchorId, String merchantId, String buyerId,
        UUID productId, int quantity, Money total, boolean expired, boolean refunded, Instant at) {
}
