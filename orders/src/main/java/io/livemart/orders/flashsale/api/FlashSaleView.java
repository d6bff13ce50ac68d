package io.livemart.orders.flashsale.api;

import io.livemart.core.money.Money;
import io.livemart.orders.stock.SaleLot;
import java.time.Instant;
import java.util.UUID;

/** A flash sale as the API shows it; {@code left} is the live counter (-1 once closed or while it is restored). */
public record FlashSaleView(UUID id, UUID showId, UUID productId, UUID skuId, int quantity, Money price, int perBuyerLimit,
        String status, Instant openedAt, Instant endsAt, Instant closedAt, String closeReason, int returned, long left) {

    public static FlashSaleView of(SaleLot lot, long left) {
        return new FlashSaleView(lot.id, lot.showId, lot.productId, lot.skuId, lot.allocated,
                new Money(lot.unitAmount, lot.currency), lot.perBuyerLimit, lot.status.name(), lot.openedAt, lot.endsAt,
                lot.closedAt, lot.closeReason, lot.returned, lot.isOpen() ? left : -1);
    }
}
