package io.livemart.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A flash sale closed (its time ran out, the anchor closed it, or the show ended): announced on the room channel.
 * {@code returnedUnits} went back to the stock of record.
 */
public record FlashSaleClosed(UUID saleId, UUID showId, UUID skuId, int soldUnits, int returnedUnits, String reason,
        Instant closedAt) {
}
