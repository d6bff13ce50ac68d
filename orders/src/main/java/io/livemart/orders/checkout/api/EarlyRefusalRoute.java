package io.livemart.orders.checkout.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.http.HotRoutes;
import io.livemart.core.security.Roles;
import io.livemart.orders.stock.SaleLots;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The first step of a buy, before RESTEasy: a flash-sale buy that the live counters already refuse (sold out, over the
 * buyer's limit) is answered 409 on the event loop, from one read-only Redis script, without JAX-RS, a worker thread, a
 * transaction or PostgreSQL. In a flash sale almost every attempt is such a refusal (ADR 0016, 0024).
 * <p>
 * The route asks for the request's identity and answers through {@link HotRoutes}, and it only ever refuses: whatever
 * it cannot tell (no shopper's token, a body or header that does not validate, a buy outside a flash sale, a counter
 * that cannot say, a retry of a key that reserved) goes on to {@link OrderResource#buy}, which answers as always.
 */
@ApplicationScoped
public class EarlyRefusalRoute {

    static final String PATH = "/api/orders";

    @Inject
    SaleLots saleLots;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    void install(@Observes Router router) {
        HotRoutes.installPost(router, PATH, this::refuseEarly);
    }

    void refuseEarly(RoutingContext ctx) {
        String key = ctx.request().getHeader(BuyRequest.IDEMPOTENCY_KEY);
        BuyRequest request = key != null && saleLots.refusesEarly() ? flashSaleBuy(ctx, key) : null;
        if (request == null) {
            ctx.next();
            return;
        }
        Context context = Vertx.currentContext();
        HotRoutes.withIdentity(ctx, identity -> {
            JsonWebToken shopper = HotRoutes.tokenWithRole(identity, Roles.SHOPPER);
            if (shopper == null) {
                ctx.next(); // RESTEasy answers 401 or 403
                return;
            }
            String buyerId = shopper.getSubject();
            saleLots.refuseEarly(request.flashSaleId(), request.showId(), request.skuId(), buyerId, request.quantity(), key)
                    .subscribe().with(
                            goOn -> HotRoutes.onContext(context, ctx::next),
                            refusal -> HotRoutes.onContext(context, () -> HotRoutes.refusalOrNext(ctx, json, refusal)));
        });
    }

    /** The body as a flash-sale buy, when it is one and is valid as {@link OrderResource#buy} checks it. */
    private BuyRequest flashSaleBuy(RoutingContext ctx, String key) {
        Buffer body = ctx.body().buffer();
        if (body == null || !HotRoutes.isJson(ctx) || key.isBlank() || key.length() > BuyRequest.IDEMPOTENCY_KEY_MAX) {
            return null;
        }
        try {
            BuyRequest request = json.readValue(body.getBytes(), BuyRequest.class);
            return request != null && request.flashSaleId() != null && validator.validate(request).isEmpty() ? request : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
