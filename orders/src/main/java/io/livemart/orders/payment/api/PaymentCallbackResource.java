package io.livemart.orders.payment.api;

import io.livemart.orders.payment.PaymentService;
import io.livemart.orders.payment.sandbox.SandboxPaymentProvider;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where payment providers report payments and refunds. Authenticated by the provider's signature, not a token. */
@Path("/api/payments/{provider}/callbacks")
@Tag(name = "Payments")
public class PaymentCallbackResource {

    /** The answer to a provider. */
    public record CallbackAnswer(String orderId, String outcome, boolean replay) {
    }

    @Inject
    PaymentService payments;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A payment provider's signed callback",
            description = "Public, authenticated by the provider's HMAC signature over the exact body (sandbox: header "
                    + SandboxPaymentProvider.SIGNATURE_HEADER + "). Handled once per event id: a replay answers 200 with the "
                    + "first outcome; the same id with another body is 409; a bad signature is 403.")
    public CallbackAnswer callback(@PathParam("provider") String provider,
            @HeaderParam(SandboxPaymentProvider.SIGNATURE_HEADER) String signature, String body) {
        PaymentService.Handled handled = payments.callback(provider, body == null ? "" : body, signature);
        return new CallbackAnswer(handled.orderId(), handled.outcome(), handled.replay());
    }
}
