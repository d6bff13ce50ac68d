package io.livemart.core.notification.api;

import io.livemart.core.notification.service.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notifications: only their recipient sees or marks them. */
@Path("/api/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The caller's notifications, newest first",
            description = "Role: any authenticated user; their own inbox only. Paged; unreadOnly=true for the unread.")
    public NotificationPage inbox(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly) {
        return notifications.inbox(page, size, unreadOnly);
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed("**")
    @Operation(summary = "How many of the caller's notifications are unread", description = "Role: any authenticated user.")
    public UnreadCount unread() {
        return new UnreadCount(notifications.unread());
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed("**")
    @Operation(summary = "Mark one notification read",
            description = "Role: any authenticated user, recipient of the notification only (403 otherwise).")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.markRead(id));
    }

    @POST
    @Path("/read-all")
    @RolesAllowed("**")
    @Operation(summary = "Mark all the caller's notifications read", description = "Role: any authenticated user.")
    public MarkedRead markAllRead() {
        return new MarkedRead(notifications.markAllRead());
    }
}
