package io.livemart.streaming.show.api;

import io.livemart.core.security.Roles;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.service.ShowService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import io.livemart.streaming.show.ShowStatus;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shows: scheduled by anchors, started and ended by their anchor (or staff), watched by anyone. */
@Path("/api/shows")
@Tag(name = "Shows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShowResource {

    @Inject
    ShowService shows;

    @POST
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Schedule a show", description = "Role: anchor. The line-up must name existing products.")
    public Response schedule(@Valid @NotNull ShowRequest request) {
        Show show = shows.schedule(request);
        return Response.created(URI.create("/api/shows/" + show.id)).entity(ShowView.of(show)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Shows in one status",
            description = "Public. status=LIVE (default; most recently started first), INTERRUPTED, "
                    + "SCHEDULED (soonest first) or ENDED; optionally of one anchor; in pages.")
    public List<ShowView> list(@QueryParam("status") @DefaultValue("LIVE") ShowStatus status,
            @QueryParam("anchorId") @Size(max = 64) String anchorId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return shows.list(status, anchorId, page, size).stream().map(ShowView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One show", description = "Public: shows can be looked at without logging in.")
    public ShowView get(@PathParam("id") UUID id) {
        return ShowView.of(shows.get(id));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Go live", description = "Role: anchor of this show, moderator or admin. "
            + "Creates the show's videoroom on Janus; 503 and no change when Janus cannot be reached.")
    public ShowView start(@PathParam("id") UUID id) {
        return ShowView.of(shows.start(id));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Resume an interrupted show", description = "Role: anchor of this show, moderator or admin. "
            + "Opens a new videoroom after Janus lost the old one; the anchor then publishes again. "
            + "(Publishing again over the room's socket does the same.)")
    public ShowView resume(@PathParam("id") UUID id) {
        return ShowView.of(shows.resume(id));
    }

    @PUT
    @Path("/{id}/guest")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Invite a co-host", description = "Role: anchor of this show, moderator or admin. "
            + "The invited anchor may publish video into the show as a second publisher.")
    public ShowView inviteGuest(@PathParam("id") UUID id, @Valid @NotNull GuestRequest request) {
        return ShowView.of(shows.inviteGuest(id, request.anchorId().strip()));
    }

    @DELETE
    @Path("/{id}/guest")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Withdraw the co-host's invitation", description = "Role: anchor of this show, moderator or admin.")
    public ShowView removeGuest(@PathParam("id") UUID id) {
        return ShowView.of(shows.removeGuest(id));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "End the show", description = "Role: anchor of this show, moderator or admin. Destroys the videoroom.")
    public ShowView end(@PathParam("id") UUID id) {
        return ShowView.of(shows.end(id));
    }
}
