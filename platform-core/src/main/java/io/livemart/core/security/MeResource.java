package io.livemart.core.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I: the caller's id, name and roles, as LiveMart sees them. */
@Path("/api/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as seen by the platform. */
    public record Me(String id, String username, Set<String> roles) {
    }

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The calling user", description = "Role: any authenticated user.")
    public Me me() {
        return new Me(user.id(), user.username(), new TreeSet<>(user.roles()));
    }
}
