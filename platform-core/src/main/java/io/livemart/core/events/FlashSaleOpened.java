package io.livemart.core.events;

import io.livemart.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/** An anchor opened a flash sale in a live show: announced on the room channel with its countdown. */
public record FlashSaleOpened(UUID saleId, UUID showId, String anchorId, UUID productId, UUID skuId, int quantity,
        Money price, int perBuyerLimit, Instant endsAt) {
}
