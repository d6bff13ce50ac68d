package io.livemart.orders.checkout;

import io.livemart.core.money.Money;
import java.util.UUID;

/**
 * What other modules may know of an order.
 *
 * @param productName what the buyer saw: the product's name and the variant
 * @param toCollect   what the courier collects on delivery (cash on delivery not yet paid), or null
 */
public record OrderSnapshot(UUID id, String buyerId, String merchantId, UUID showId, String anchorId, UUID productId,
        int quantity, OrderStatus status, String skuCode, String productName, Money total, Money toCollect) {
}
