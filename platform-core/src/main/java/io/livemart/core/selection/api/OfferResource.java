package io.livemart.core.selection.api;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.security.Roles;
import io.livemart.core.selection.Offer;
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
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products merchants lend to anchors for a commission. */
@Path("/api/offers")
@Tag(name = "Selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    SelectionService selections;

    @Inject
    Catalog catalog;

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Offer a product to anchors for a commission",
            description = "Role: merchant, owner of the product. Commission in percent, 0 to 100. No anchorIds: open to all.")
    public Response offer(@Valid @NotNull OfferRequest request) {
        Offer offer = selections.offer(request);
        return Response.created(URI.create("/api/offers/" + offer.id)).entity(view(offer, true)).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The caller's offers, each with the anchors who took it into their selection",
            description = "Role: merchant. takenBy: the anchors with the product in their selection and their agreed commission.")
    public List<OfferView> mine() {
        List<Offer> mine = selections.mine();
        Map<UUID, List<OfferView.Taker>> takers = selections.takers(mine);
        return mine.stream().map(o -> OfferView.of(o, catalog.product(o.productId).orElse(null), true, takers.get(o.id))).toList();
    }

    @GET
    @Path("/available")
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Offers the caller may take into its selection",
            description = "Role: anchor. Offers open to all, and offers naming the caller.")
    public List<OfferView> available() {
        return selections.available().stream().map(o -> view(o, false)).toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Withdraw an offer",
            description = "Role: merchant, owner of the offer. Anchors who took it keep it in their selection (takenBy).")
    public OfferView withdraw(@PathParam("id") UUID id) {
        Offer offer = selections.withdraw(id);
        return OfferView.of(offer, catalog.product(offer.productId).orElse(null), true, selections.takers(List.of(offer)).get(offer.id));
    }

    private OfferView view(Offer offer, boolean forMerchant) {
        return OfferView.of(offer, catalog.product(offer.productId).orElse(null), forMerchant);
    }
}
