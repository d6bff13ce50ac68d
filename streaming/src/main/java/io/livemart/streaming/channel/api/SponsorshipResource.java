package io.livemart.streaming.channel.api;

import io.livemart.core.security.Roles;
import io.livemart.streaming.channel.service.GiftService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A show's sponsorship income: the gifts sent during it. */
@Path("/api/shows/{id}/sponsorship")
@Tag(name = "Gifts")
@Produces(MediaType.APPLICATION_JSON)
public class SponsorshipResource {

    @Inject
    GiftService gifts;

    @GET
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "A show's sponsorship income", description = "Role: anchor of this show, moderator or admin. "
            + "Gifts sent during the show and their value per currency.")
    public SponsorshipView sponsorship(@PathParam("id") UUID id) {
        return gifts.sponsorship(id);
    }
}
