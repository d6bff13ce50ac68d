package io.livemart.streaming.channel.api;

import io.livemart.core.security.Roles;
import io.livemart.streaming.channel.service.DeletedComments;
import io.livemart.streaming.channel.service.Moderation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderation across rooms: the record of deleted comments and the platform-wide blocked words. */
@Path("/api/moderation")
@Tag(name = "Room moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformModerationResource {

    @Inject
    DeletedComments deletions;

    @Inject
    Moderation moderation;

    @GET
    @Path("/deleted-comments")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Deleted comments, newest first: who deleted what, when, and the text",
            description = "Roles: moderator and admin (every room, or one show with showId), anchor (its own shows only; "
                    + "another anchor's show is a 403). The text is null when the comment had left the room's history.")
    public DeletedCommentPage deletedComments(@QueryParam("showId") UUID showId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return deletions.recent(showId, page, size);
    }

    @GET
    @Path("/blocked-words")
    @RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "The platform-wide blocked words",
            description = "Roles: moderator, admin. Refused in every room, beside each room's own words. Until an admin "
                    + "changes them they are the configured ones (streaming.channel.blocked-words; configured true).")
    public PlatformBlockedWordsView platformBlockedWords() {
        return moderation.platformBlockedWords();
    }

    @PUT
    @Path("/blocked-words")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the platform-wide blocked words",
            description = "Role: admin. Words are trimmed and lower-cased; a comment holding one (case-insensitive, "
                    + "anywhere) is refused in every room, on every instance, from the next comment on.")
    public PlatformBlockedWordsView putPlatformBlockedWords(@Valid @NotNull BlockedWords words) {
        return moderation.putPlatformBlockedWords(words);
    }
}
