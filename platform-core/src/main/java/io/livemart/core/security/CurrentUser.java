package io.livemart.core.security;

import io.livemart.core.error.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the Keycloak subject is the user's id everywhere in LiveMart. Ownership checks live
 * here so that every service says "this must be mine" the same way.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** Whether the caller presented a valid token (public endpoints also serve anonymous callers). */
    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The caller's stable id (the token's {@code sub}). */
    public String id() {
        String subject = token.getSubject();
        if (subject == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return subject;
    }

    /** The caller's login name, for display. */
    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /** The OAuth client that obtained the token (for service accounts such as carriers: their client id). */
    public String clientId() {
        return clientId(token);
    }

    /** The OAuth client that obtained this token, also where no request context is (a Vert.x route). */
    public static String clientId(JsonWebToken token) {
        String azp = token.getClaim("azp");
        return azp != null ? azp : token.getClaim("client_id");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Staff (moderators and admins) may act on anyone's rooms. */
    public boolean isStaff() {
        return hasRole(Roles.MODERATOR) || hasRole(Roles.ADMIN);
    }

    /** Refuses with 403 unless the caller is the owner. */
    public void requireOwner(String ownerId, String what) {
        if (!Objects.equals(ownerId, id())) {
            throw new ForbiddenException("This " + what + " belongs to someone else.");
        }
    }

    /** Refuses with 403 unless the caller is the owner or staff. */
    public void requireOwnerOrStaff(String ownerId, String what) {
        if (!isStaff()) {
            requireOwner(ownerId, what);
        }
    }
}
