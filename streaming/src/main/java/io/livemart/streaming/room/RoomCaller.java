package io.livemart.streaming.room;

import io.livemart.core.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is on a room's socket, as known at the handshake.
 *
 * @param id the Keycloak subject, or null for an anonymous viewer
 * @param name the login name for display, or null
 * @param staff moderator or admin
 */
public record RoomCaller(String id, String name, boolean staff) {

    public static final RoomCaller ANONYMOUS = new RoomCaller(null, null, false);

    static RoomCaller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return ANONYMOUS;
        }
        String name = token.getClaim("preferred_username");
        return new RoomCaller(token.getSubject(), name, identity.hasRole(Roles.MODERATOR) || identity.hasRole(Roles.ADMIN));
    }

    public boolean anonymous() {
        return id == null;
    }
}
