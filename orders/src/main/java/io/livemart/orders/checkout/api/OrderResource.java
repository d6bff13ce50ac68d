package io.livemart.orders.checkout.api;

import io.livemart.core.security.Roles;
import io.livemart.orders.checkout.service.OrderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buying during a live show, and the buyer's orders. */
@Path("/api/orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService orders;

    @POST
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Buy a product of a live show in one tap",
            description = "Role: shopper. Needs an Idempotency-Key header: a retry with the same key and body answers "
                    + "the same order (200), the same key with another body is a 409. 201 when the order is new.")
    public Response buy(
            @HeaderParam("Idempotency-Key") @NotBlank(message = "the Idempotency-Key header is required") @Size(max = 100) String idempotencyKey,
            @Valid @NotNull BuyRequest request) {
        OrderService.Placed placed = orders.place(request, idempotencyKey);
        OrderView view = OrderView.of(placed.order());
        if (!placed.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/orders/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "The caller's orders", description = "Role: shopper.")
    public List<OrderView> mine() {
        return orders.mine().stream().map(OrderView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "One order", description = "Roles: shopper (its buyer), merchant (its merchant), moderator, admin.")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(orders.get(id));
    }
}
