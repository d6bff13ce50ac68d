package io.livemart.core.anchor.api;

import io.livemart.core.anchor.Tier;
import io.livemart.core.anchor.service.AnchorService;
import io.livemart.core.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anchors: their profiles, their followers and their seller tiers. */
@Path("/api/anchors")
@Tag(name = "Anchors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnchorResource {

    @Inject
    AnchorService anchors;

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "Create or replace the caller's anchor profile",
            description = "Role: anchor. Display name, avatar (http or https URL), bio and up to 8 categories.")
    public AnchorView putProfile(@Valid @NotNull AnchorProfileRequest request) {
        return anchors.putProfile(request);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "The caller's anchor profile",
            description = "Role: anchor. Blank (hasProfile false) until the anchor writes one.")
    public AnchorView mine() {
        return anchors.mine();
    }

    @GET
    @Path("/me/tier")
    @RolesAllowed(Roles.ANCHOR)
    @Operation(summary = "The caller's seller tier and the measures behind it",
            description = "Role: anchor. Each measure with its value, threshold and whether it passes.")
    public TierView myTier() {
        return anchors.myTier();
    }

    @GET
    @Path("/following")
    @RolesAllowed("**")
    @Operation(summary = "The anchors the caller follows", description = "Role: any authenticated user. Most recent first.")
    public AnchorPage following(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return anchors.following(page, size);
    }

    @GET
    @PermitAll
    @Operation(summary = "Anchors with a profile, most followed first",
            description = "Public. Filters: tier (SUPER, FAMOUS, ORDINARY, LOW_LEVEL), category, name fragment.")
    public AnchorPage list(@QueryParam("tier") String tier,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("name") @Size(max = 60) String name,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return anchors.list(Tier.parse(tier), category, name, page, size);
    }

    @GET
    @Path("/{anchorId}")
    @PermitAll
    @Operation(summary = "One anchor's public profile, follower count and tier class", description = "Public.")
    public AnchorView get(@PathParam("anchorId") @Size(max = 64) String anchorId) {
        return anchors.get(anchorId);
    }

    @GET
    @Path("/{anchorId}/tier")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "An anchor's seller tier and the measures behind it",
            description = "Role: anchor (its own tier only), moderator or admin. Each measure with its value, "
                    + "threshold and whether it passes, so the anchor sees why.")
    public TierView tier(@PathParam("anchorId") @Size(max = 64) String anchorId) {
        return anchors.tier(anchorId);
    }

    @GET
    @Path("/{anchorId}/follow")
    @RolesAllowed("**")
    @Operation(summary = "Whether the caller follows an anchor", description = "Role: any authenticated user.")
    public FollowView followState(@PathParam("anchorId") @Size(max = 64) String anchorId) {
        return anchors.followState(anchorId);
    }

    @PUT
    @Path("/{anchorId}/follow")
    @RolesAllowed("**")
    @Operation(summary = "Follow an anchor",
            description = "Role: any authenticated user (shoppers mostly). Idempotent; following oneself is a 400.")
    public FollowView follow(@PathParam("anchorId") @Size(max = 64) String anchorId) {
        return anchors.follow(anchorId);
    }

    @DELETE
    @Path("/{anchorId}/follow")
    @RolesAllowed("**")
    @Operation(summary = "Stop following an anchor", description = "Role: any authenticated user. Idempotent.")
    public FollowView unfollow(@PathParam("anchorId") @Size(max = 64) String anchorId) {
        return anchors.unfollow(anchorId);
    }
}
