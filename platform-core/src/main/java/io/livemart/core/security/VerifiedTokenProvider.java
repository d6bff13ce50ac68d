package io.livemart.core.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a bearer token that was verified before with the identity its verification produced, before the OIDC
 * provider checks its signature again; answers nothing (so OIDC verifies) for any other token. The identity is
 * rebuilt around this request: the attributes OIDC ties to a request (its routing context and its
 * blocking-work context) are this request's, never those of the request that verified the token.
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC provider (SYSTEM_FIRST + 1). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = tokens.find(request.getToken().getToken());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        identity.addAttribute(RoutingContext.class.getName(), routing);
        if (routing != null) {
            routing.put(AuthenticationRequestContext.class.getName(), context);
        }
        return Uni.createFrom().item(identity.build());
    }
}
