package io.livemart.core.events;

import java.time.Instant;
import java.util.UUID;

/** The last unit of a flash sale was reserved: announced on the room channel. */
public record FlashSaleSoldOut(UUID saleId, UUID showId, UUID skuId, Instant at) {
}
