package io.livemart.orders.checkout.api;

import io.livemart.core.security.Roles;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.service.OrderService;
import io.livemart.orders.payment.PaymentProviders;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buying during a live show, the order's life after it, and the views of buyers, merchants and anchors. */
@Path("/api/orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService orders;

    @Inject
    PaymentProviders providers;

    @POST
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Buy a product of a live show in one tap",
            description = "Role: shopper. Needs an Idempotency-Key header: a retry with the same key and body answers "
                    + "the same order (200), the same key with another body is a 409. 201 when the order is new; an online "
                    + "order is reserved until reservedUntil and says so in message (\"Reserved: pay within N minutes\").")
    public Response buy(
            @HeaderParam(BuyRequest.IDEMPOTENCY_KEY) @NotBlank(message = "the Idempotency-Key header is required")
            @Size(max = BuyRequest.IDEMPOTENCY_KEY_MAX) String idempotencyKey,
            @Valid @NotNull BuyRequest request) {
        // the refusals the live counters already know were answered before RESTEasy (EarlyRefusalRoute)
        OrderService.Placed placed = orders.place(request, idempotencyKey);
        OrderView view = OrderView.of(placed.order(), placed.checkoutUrl());
        if (!placed.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/orders/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "The caller's orders, newest first, optionally of one status",
            description = "Role: shopper. An order awaiting online payment carries the link to pay it (online.checkoutUrl).")
    public List<OrderView> mine(@QueryParam("status") OrderStatus status) {
        return orders.mine(status).stream().map(this::forBuyer).toList();
    }

    @GET
    @Path("/merchant")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The caller's store's orders, by show and status", description = "Role: merchant (its own orders only).")
    public List<OrderView> ofMerchant(@QueryParam("showId") UUID showId, @QueryParam("status") OrderStatus status) {
        return orders.ofMerchant(showId, status).stream().map(OrderView::of).toList();
    }

    @GET
    @Path("/merchant/parcels")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Orders ready to ship, grouped by buyer and show: one group, one parcel",
            description = "Role: merchant (its own orders only).")
    public List<ParcelGroup> parcels(@QueryParam("showId") UUID showId) {
        Map<String, List<Order>> groups = orders.ofMerchant(showId, null).stream()
                .filter(o -> o.status.readyToShip())
                .collect(Collectors.groupingBy(o -> o.showId + "|" + o.buyerId, LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream().map(ParcelGroup::of).toList();
    }

    @GET
    @Path("/merchant/sales")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The caller's store's sales per show: orders, units, GMV, commission, payout and gross profit",
            description = "Role: merchant (its own orders only). Newest orders' show first. grossProfit = GMV - the anchor's "
                    + "commission - cost of goods at today's cost prices; packaging and shipping are not recorded, so not taken off.")
    public List<MerchantShowSales> merchantSales(@QueryParam("showId") UUID showId) {
        return orders.merchantSales(showId);
    }

    @GET
    @Path("/anchor/sales")
    @RolesAllowed({ Roles.ANCHOR, Roles.ADMIN })
    @Operation(summary = "An anchor's sales per show", description = "Roles: anchor (its own shows), admin (a given show).")
    public List<ShowSales> anchorSales(@QueryParam("showId") UUID showId) {
        Map<UUID, List<Order>> byShow = orders.ofAnchor(showId).stream()
                .collect(Collectors.groupingBy(o -> o.showId, LinkedHashMap::new, Collectors.toList()));
        return byShow.entrySet().stream().map(e -> ShowSales.of(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "One order", description = "Roles: shopper (its buyer), merchant (its merchant), moderator, admin. "
            + "Awaiting online payment, it carries the link to pay it (online.checkoutUrl).")
    public OrderView get(@PathParam("id") UUID id) {
        return forBuyer(orders.get(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.ADMIN })
    @Operation(summary = "Cancel an order before it ships",
            description = "Roles: shopper (its buyer), merchant (its merchant), admin. Its units go back; a paid order is refunded.")
    public OrderView cancel(@PathParam("id") UUID id) {
        return OrderView.of(orders.cancel(id));
    }

    @POST
    @Path("/{id}/collected")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Mark a pick-up order collected (and paid) in the store", description = "Role: merchant (its merchant).")
    public OrderView collected(@PathParam("id") UUID id) {
        return OrderView.of(orders.collected(id));
    }

    /** The order with, while it awaits online payment, the link where its buyer pays. */
    private OrderView forBuyer(Order o) {
        String checkoutUrl = o.status == OrderStatus.AWAITING_PAYMENT && o.paymentProvider != null
                ? providers.named(o.paymentProvider).checkoutUrl(o.paymentReference) : null;
        return OrderView.of(o, checkoutUrl);
    }

    @POST
    @Path("/{id}/received")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Confirm a delivered order was received: it completes", description = "Role: shopper (its buyer).")
    public OrderView received(@PathParam("id") UUID id) {
        return OrderView.of(orders.received(id));
    }
}
