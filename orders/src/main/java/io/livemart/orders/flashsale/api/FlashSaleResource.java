package io.livemart.orders.flashsale.api;

import io.livemart.core.security.Roles;
import io.livemart.orders.flashsale.service.FlashSaleService;
import io.livemart.orders.stock.SaleLot;
import jakarta.annotation.security.PermitAll;
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

/** Flash sales in live shows. */
@Path("/api/flash-sales")
@Tag(name = "Flash sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlashSaleResource {

    @Inject
    FlashSaleService flashSales;

    @POST
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Open a flash sale in the caller's live show",
            description = "Role: anchor (the show's own). Its units move into the live counter now.")
    public Response open(@Valid @NotNull FlashSaleRequest request) {
        SaleLot lot = flashSales.open(request);
        return Response.created(URI.create("/api/flash-sales/" + lot.id)).entity(FlashSaleView.of(lot, lot.allocated)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "A show's flash sales, with the units left", description = "Public.")
    public List<FlashSaleView> ofShow(@QueryParam("showId") @NotNull UUID showId) {
        return flashSales.ofShow(showId).stream().map(l -> FlashSaleView.of(l, flashSales.left(l))).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One flash sale", description = "Public.")
    public FlashSaleView get(@PathParam("id") UUID id) {
        SaleLot lot = flashSales.flash(id);
        return FlashSaleView.of(lot, flashSales.left(lot));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Close a flash sale before its time", description = "Role: anchor (the show's own). What is left returns to the stock of record.")
    public FlashSaleView close(@PathParam("id") UUID id) {
        SaleLot lot = flashSales.closeByAnchor(id);
        return FlashSaleView.of(lot, -1);
    }
}
