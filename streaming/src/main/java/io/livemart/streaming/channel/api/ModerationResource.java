package io.livemart.streaming.channel.api;

import io.livemart.core.security.Roles;
import io.livemart.streaming.channel.service.Moderation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderation of a show's room: mute, ban, delete a comment, the room's blocked words. */
@Path("/api/shows/{id}")
@Tag(name = "Room moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
public class ModerationResource {

    private static final String WHO = "Role: anchor of this show, moderator or admin. ";

    @Inject
    Moderation moderation;

    @POST
    @Path("/mutes")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Mute a user in the room", description = WHO
            + "The user keeps watching (and buying) but cannot comment, like or send gifts until the time is up.")
    public MuteView mute(@PathParam("id") UUID id, @Valid @NotNull MuteRequest request) {
        return moderation.mute(id, request.userId(), request.minutes());
    }

    @DELETE
    @Path("/mutes/{userId}")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Unmute a user", description = WHO)
    public void unmute(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        moderation.unmute(id, userId);
    }

    @POST
    @Path("/bans")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Ban a user from the room", description = WHO
            + "The user's sockets to this room are closed on every instance and new ones refused; nothing else changes.")
    public void ban(@PathParam("id") UUID id, @Valid @NotNull BanRequest request) {
        moderation.ban(id, request.userId());
    }

    @DELETE
    @Path("/bans/{userId}")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Lift a ban", description = WHO)
    public void unban(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        moderation.unban(id, userId);
    }

    @DELETE
    @Path("/comments/{commentId}")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Delete a comment for everyone", description = WHO
            + "Viewers get comment-deleted; newcomers never see it. The deletion is recorded (see /api/moderation/deleted-comments).")
    public void deleteComment(@PathParam("id") UUID id, @PathParam("commentId") long commentId) {
        moderation.deleteComment(id, commentId);
    }

    @GET
    @Path("/blocked-words")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "The room's blocked words", description = WHO + "The platform-wide words, applied beside them, are at /api/moderation/blocked-words.")
    public BlockedWords blockedWords(@PathParam("id") UUID id) {
        return moderation.blockedWords(id);
    }

    @PUT
    @Path("/blocked-words")
    @RolesAllowed({ Roles.ANCHOR, Roles.MODERATOR, Roles.ADMIN })
    @Operation(summary = "Replace the room's blocked words", description = WHO
            + "Comments holding one of them (case-insensitive, anywhere) are refused.")
    public BlockedWords putBlockedWords(@PathParam("id") UUID id, @Valid @NotNull BlockedWords words) {
        return moderation.putBlockedWords(id, words);
    }
}
