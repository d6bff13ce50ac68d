package io.livemart.logistics.tracking.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.DomainException;
import io.livemart.core.http.HotRoutes;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.security.Roles;
import io.livemart.logistics.tracking.security.WebhookSignature;
import io.livemart.logistics.tracking.service.TrackingService;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The carrier webhook's usual case, before RESTEasy: a signed, valid event posted by the carrier's own service account
 * is verified, parsed and handed to the {@link io.livemart.logistics.tracking.service.TrackingWriter} on the event loop,
 * and answered from there once committed, without JAX-RS's chain around it. The webhook is the platform's busiest write,
 * and that chain was the largest part of its cost that was ours (ADR 0025).
 * <p>
 * The checks are those of {@link CarrierEventResource#post}, in the same order, and a refusal from the signature or the
 * writer is the same problem document. Whatever the route is not sure of (no carrier's token or another carrier's, no
 * JSON body, a body that does not parse or validate, a failure that is not a refusal) goes on to the resource, which
 * answers it precisely; nothing has been stored by then, or the writer's idempotency answers the repeat.
 */
@ApplicationScoped
public class CarrierEventRoute {

    @Inject
    TrackingService tracking;

    @Inject
    WebhookSignature signature;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    void install(@Observes Router router) {
        HotRoutes.installPost(router, "/api/carriers/:carrier/events", this::post);
    }

    void post(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0 || !HotRoutes.isJson(ctx)) {
            ctx.next();
            return;
        }
        String carrier = ctx.pathParam("carrier");
        HotRoutes.withIdentity(ctx, identity -> {
            JsonWebToken token = HotRoutes.tokenWithRole(identity, Roles.CARRIER);
            String clientId = token == null ? null : CurrentUser.clientId(token);
            if (!TrackingService.isCarrier(carrier, clientId)) {
                ctx.next(); // RESTEasy answers 401, 403 or 400
            } else {
                post(ctx, carrier, clientId, body.getBytes());
            }
        });
    }

    private void post(RoutingContext ctx, String carrier, String clientId, byte[] body) {
        try {
            signature.verify(carrier, ctx.request().getHeader(WebhookSignature.TIMESTAMP_HEADER),
                    ctx.request().getHeader(WebhookSignature.SIGNATURE_HEADER), body);
            TrackingEventRequest request = json.readValue(body, TrackingEventRequest.class);
            if (request == null || !validator.validate(request).isEmpty()) {
                ctx.next();
                return;
            }
            tracking.record(carrier, clientId, request).subscribe().with(
                    recorded -> HotRoutes.json(ctx, json, recorded.created() ? 201 : 200, TrackingEventView.of(recorded.event())),
                    failure -> HotRoutes.refusalOrNext(ctx, json, failure));
        } catch (DomainException refused) {
            HotRoutes.problem(ctx, json, refused);
        } catch (IOException unreadable) {
            ctx.next();
        }
    }
}
