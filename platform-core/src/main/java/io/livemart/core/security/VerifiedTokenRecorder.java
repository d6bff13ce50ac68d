package io.livemart.core.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Remembers each bearer token the OIDC provider has just verified (VerifiedTokens), as the first step after
 * authentication, so that what is remembered is the provider's identity itself; it changes nothing.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    /** First of the augmentors: before any other could add to the identity. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (!identity.isAnonymous()) {
            AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
            if (bearer != null && bearer.getToken() != null) {
                tokens.remember(bearer.getToken(), identity);
            }
        }
        return Uni.createFrom().item(identity);
    }
}
