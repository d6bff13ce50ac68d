package io.livemart.orders.payment.sandbox.api;

import io.livemart.core.security.Roles;
import io.livemart.orders.payment.sandbox.service.SandboxCheckout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sandbox's checkout, behind its page (sandbox-pay.html). The sandbox is a FAKE payment provider for the local
 * stack and tests: no money moves. A real provider's checkout would live on the provider's site instead.
 */
@Path("/api/payments/sandbox/checkouts/{reference}")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxCheckoutResource {

    private static final String REFERENCE = "sbx_pay_[0-9a-f]{32}";

    @Inject
    SandboxCheckout checkout;

    @GET
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "A sandbox checkout: what is to be paid (fake provider, no money moves)",
            description = "Role: shopper, buyer of the order. The local sandbox only; answers its status and LiveMart's "
                    + "answer to its last callback.")
    public SandboxCheckoutView get(@PathParam("reference") @Pattern(regexp = REFERENCE, message = "is not a sandbox payment reference") String reference) {
        return checkout.view(reference);
    }

    @POST
    @Path("/pay")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Pay at the sandbox (fake provider, no money moves)",
            description = "Role: shopper, buyer of the order. The sandbox posts its signed payment.succeeded callback to "
                    + "/api/payments/sandbox/callbacks over HTTP, as a real provider would, and answers LiveMart's outcome "
                    + "(\"paid\"). Pressing again posts the same callback: a replay, nothing changes.")
    public SandboxCheckoutView pay(@PathParam("reference") @Pattern(regexp = REFERENCE, message = "is not a sandbox payment reference") String reference) {
        return checkout.decide(reference, true);
    }

    @POST
    @Path("/decline")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Decline at the sandbox: a failed payment (fake provider)",
            description = "Role: shopper, buyer of the order. The sandbox posts a signed payment.failed callback; the "
                    + "order keeps waiting for payment until its reservation runs out. 409 once paid.")
    public SandboxCheckoutView decline(@PathParam("reference") @Pattern(regexp = REFERENCE, message = "is not a sandbox payment reference") String reference) {
        return checkout.decide(reference, false);
    }
}
