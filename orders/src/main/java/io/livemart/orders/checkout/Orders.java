package io.livemart.orders.checkout;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the orders. Changes reach orders through domain events. */
public interface Orders {

    Optional<OrderSnapshot> order(UUID orderId);
}
