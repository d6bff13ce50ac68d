package io.livemart.core.events;

import io.livemart.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A viewer sent a gift in a show: sponsorship income of the show and its anchor (the show's profit and loss
 * counts it as income). Fired in the transaction that records the gift.
 *
 * @param unitPrice the gift's price when it was sent
 * @param total     unit price times quantity
 */
public record GiftSent(UUID giftId, UUID showId, String anchorId, String senderId, String giftCode, int quantity,
        Money unitPrice, Money total, Instant sentAt) {
}
