package io.livemart.streaming.room;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticates the room socket's handshake when it carries a token. With lazy authentication
 * ({@code quarkus.http.auth.proactive=false}) nothing would resolve the bearer token before the upgrade,
 * and the socket would see an anonymous caller; this policy resolves it (a bad token is refused with 401)
 * and lets everyone in: anonymous viewers may watch public shows. Bound to the room path in
 * application.properties ({@code quarkus.http.auth.permission.room.*}).
 */
@ApplicationScoped
public class RoomHandshakePolicy implements HttpSecurityPolicy {

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (!request.normalizedPath().endsWith("/room")) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(resolved -> CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return "room-handshake";
    }
}
