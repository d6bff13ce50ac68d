package io.livemart.orders.checkout.service;

import io.livemart.core.security.CurrentUser;
import io.livemart.orders.checkout.api.BuyRequest;
import io.livemart.orders.stock.SaleLots;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The first step of a buy, on the event loop: refuses a flash-sale buy that the live counters already answer (sold
 * out, over the buyer's limit) without a worker thread, a transaction or PostgreSQL, so that a sold-out sale costs the
 * record nothing. A retry of a key that reserved, and everything the counters cannot tell, goes on to
 * {@link OrderService#place}, which answers as before (ADR 0016).
 */
@ApplicationScoped
public class EarlyRefusals {

    @Inject
    SaleLots saleLots;

    @Inject
    CurrentUser user;

    public Uni<Void> check(BuyRequest request, String idempotencyKey) {
        if (request.flashSaleId() == null) {
            return Uni.createFrom().voidItem();
        }
        return saleLots.refuseEarly(request.flashSaleId(), request.showId(), request.skuId(), user.id(), request.quantity(),
                idempotencyKey);
    }
}
