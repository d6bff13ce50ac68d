package io.livemart.core.selection.api;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.security.Roles;
import io.livemart.core.selection.SelectionItem;
import io.livemart.core.selection.service.SelectionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An anchor's selection: the offered products it may put in its shows' line-ups. */
@Path("/api/selection")
@Tag(name = "Selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionResource {

    @Inject
    SelectionService selections;

    @Inject
    Catalog catalog;

    @POST
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Take an offered product into the caller's selection",
            description = "Role: anchor to whom the offer is open. The offer's commission is recorded with it.")
    public Response add(@Valid @NotNull SelectionRequest request) {
        return Response.status(201).entity(view(selections.add(request.offerId()))).build();
    }

    @GET
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "The caller's selection", description = "Role: anchor.")
    public List<SelectionItemView> mine() {
        return selections.mySelection().stream().map(this::view).toList();
    }

    @DELETE
    @Path("/{productId}")
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Drop a product from the caller's selection", description = "Role: anchor.")
    public Response remove(@PathParam("productId") UUID productId) {
        selections.remove(productId);
        return Response.noContent().build();
    }

    private SelectionItemView view(SelectionItem item) {
        return SelectionItemView.of(item, catalog.product(item.productId).orElse(null));
    }
}
