package io.livemart.core.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, with the identity their verification produced, kept until the token expires (or
 * {@code max-age}, whichever comes first). A client sends the same access token with every request of its lifetime
 * (a carrier's service account thousands of times a minute, a shopper at each tap of a flash sale), and checking its
 * RSA signature and parsing its claims again each time was a third of the app's CPU per webhook.
 *
 * <p>The key is the whole token, signature included, compared by content: a token that differs by one character is
 * not found and goes through the full verification. Only identities whose principal was built from that very token
 * are remembered, so an identity of another login flow is never served for a bearer token.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** The verified identity and the instant (epoch millis) after which it is no longer served. */
    record Entry(SecurityIdentity identity, long untilMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecurityConfig config;
    private final Clock clock;

    @Inject
    VerifiedTokens(SecurityConfig config) {
        this(config, Clock.systemUTC());
    }

    VerifiedTokens(SecurityConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The identity verified for exactly this token, or null when it was not verified or its time is up. */
    public SecurityIdentity find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.untilMillis()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /**
     * Remembers the identity that verifying this token produced. Ignored unless enabled, unless the identity's
     * principal is this token's own claims, and for a token that has expired already.
     */
    public void remember(String token, SecurityIdentity identity) {
        if (!config.enabled() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || !token.equals(jwt.getRawToken())) {
            return;
        }
        long now = clock.millis();
        long until = Math.min(jwt.getExpirationTime() * 1000L, now + config.maxAge().toMillis());
        if (until <= now || entries.containsKey(token)) {
            return;
        }
        if (entries.size() >= config.maxEntries()) {
            entries.values().removeIf(e -> e.untilMillis() <= now);
            if (entries.size() >= config.maxEntries()) {
                entries.clear(); // a flood of distinct tokens: start again rather than grow
            }
        }
        entries.put(token, new Entry(identity, until));
    }

    /** How many tokens are remembered now. */
    public int size() {
        return entries.size();
    }
}
