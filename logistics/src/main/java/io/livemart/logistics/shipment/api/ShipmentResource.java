package io.livemart.logistics.shipment.api;

import io.livemart.core.security.Roles;
import io.livemart.logistics.shipment.Shipment;
import io.livemart.logistics.shipment.service.BulkShipping;
import io.livemart.logistics.shipment.service.ShipmentService;
import io.livemart.logistics.tracking.api.TrackingEventView;
import io.livemart.logistics.tracking.service.TrackingFeed;
import io.livemart.logistics.tracking.service.TrackingService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Parcels: shipped by merchants, followed by buyers. */
@Path("/api/shipments")
@Tag(name = "Logistics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @Inject
    ShipmentService shipments;

    @Inject
    TrackingService tracking;

    @Inject
    TrackingFeed feed;

    @Inject
    BulkShipping bulk;

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Ship orders in one parcel",
            description = "Role: merchant, owner of every order in it. Orders must be paid or confirmed and of one buyer.")
    public Response ship(@Valid @NotNull ShipRequest request) {
        Shipment shipment = shipments.ship(request);
        return Response.created(URI.create("/api/shipments/" + shipment.id)).entity(ShipmentView.of(shipment)).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Ship many parcels in one go",
            description = "Role: merchant, owner of every order. Up to 200 parcels; each is shipped on its own, and "
                    + "the answer tells for each parcel its shipment or the problem that stopped it.")
    public BulkShipResult shipMany(@Valid @NotNull BulkShipRequest request) {
        return bulk.ship(request, "/api/shipments/bulk");
    }

    @GET
    @Path("/{id}/slip")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.MERCHANT, Roles.ADMIN })
    @Operation(summary = "The parcel's printable packing slip",
            description = "Role: merchant of the parcel, or admin. An HTML page with the tracking number, the items "
                    + "and any cash to collect on delivery.")
    public String slip(@PathParam("id") UUID id) {
        Shipment parcel = shipments.get(id);
        return PackingSlipPage.render(parcel, shipments.carrierName(parcel.carrier), shipments.ordersOf(parcel));
    }

    @GET
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "The parcel holding an order",
            description = "Roles: shopper (its buyer), merchant (its merchant), moderator, admin. 404 until the order is shipped.")
    public ShipmentView byOrder(@QueryParam("orderId") @NotNull UUID orderId) {
        return ShipmentView.of(shipments.ofOrder(orderId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "One parcel", description = "Roles: shopper (its buyer), merchant (its merchant), moderator, admin.")
    public ShipmentView get(@PathParam("id") UUID id) {
        return ShipmentView.of(shipments.get(id));
    }

    @GET
    @Path("/{id}/timeline/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "A parcel's tracking events as they arrive (server-sent events)",
            description = "Roles: shopper (its buyer), merchant (its merchant), moderator, admin. Each new event is "
                    + "pushed as one JSON message; load the timeline first for what came before.")
    public Multi<TrackingEventView> live(@PathParam("id") UUID id) {
        return feed.of(shipments.get(id).id);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Roles.SHOPPER, Roles.MERCHANT, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "A parcel's tracking timeline", description = "Roles: shopper (its buyer), merchant (its merchant), moderator, admin. Oldest event first.")
    public List<TrackingEventView> timeline(@PathParam("id") UUID id) {
        return tracking.timeline(shipments.get(id).id);
    }
}
