package io.livemart.core.events;

import io.livemart.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/** The money for an order arrived: online, as cash on delivery, or at pick-up in store. */
public record OrderPaid(UUID orderId, UUID showId, String anchorId, String merchantId, String buyerId, Money total,
        String method, Instant paidAt) {
}
