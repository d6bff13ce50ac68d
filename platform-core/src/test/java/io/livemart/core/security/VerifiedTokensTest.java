package io.livemart.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** What the verified-token cache serves, and when it stops: by the token's own expiry, its max age and its bound. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void aTokenIsServedUntilItsExpiryAndNotASecondLonger() {
        VerifiedTokens tokens = new VerifiedTokens(config(true, Duration.ofMinutes(10), 100), clock);
        SecurityIdentity identity = identity("token-a", NOW.plusSeconds(60), "token-a");
        tokens.remember("token-a", identity);
        clock.now = NOW.plusSeconds(59);
        assertSame(identity, tokens.find("token-a"));
        clock.now = NOW.plusSeconds(60);
        assertNull(tokens.find("token-a"), "at its exp the token must be verified again (and refused)");
        assertEquals(0, tokens.size());
    }

    @Test
    void maxAgeEndsAnEntryBeforeALongLivedTokenExpires() {
        VerifiedTokens tokens = new VerifiedTokens(config(true, Duration.ofMinutes(2), 100), clock);
        tokens.remember("token-a", identity("token-a", NOW.plus(Duration.ofHours(8)), "token-a"));
        clock.now = NOW.plus(Duration.ofMinutes(2));
        assertNull(tokens.find("token-a"));
    }

    @Test
    void onlyTheVeryTokenIsServedNeverAnotherOneOrAnIdentityBuiltFromAnotherToken() {
        VerifiedTokens tokens = new VerifiedTokens(config(true, Duration.ofMinutes(2), 100), clock);
        tokens.remember("token-a", identity("token-a", NOW.plusSeconds(60), "token-a"));
        assertNull(tokens.find("token-a" + "x"));
        assertNull(tokens.find("token-"));
        // an identity whose principal came from some other token (say, an ID token) is not a verification of this one
        tokens.remember("token-b", identity("token-b", NOW.plusSeconds(60), "id-token"));
        assertNull(tokens.find("token-b"));
        // nor is an identity without a JWT principal, nor a token already expired
        tokens.remember("token-c", QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone").build());
        assertNull(tokens.find("token-c"));
        tokens.remember("token-d", identity("token-d", NOW.minusSeconds(1), "token-d"));
        assertNull(tokens.find("token-d"));
    }

    @Test
    void disabledRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(config(false, Duration.ofMinutes(2), 100), clock);
        tokens.remember("token-a", identity("token-a", NOW.plusSeconds(60), "token-a"));
        assertNull(tokens.find("token-a"));
    }

    @Test
    void aFloodOfDistinctTokensStaysWithinTheBound() {
        VerifiedTokens tokens = new VerifiedTokens(config(true, Duration.ofMinutes(2), 50), clock);
        for (int i = 0; i < 1000; i++) {
            tokens.remember("token-" + i, identity("token-" + i, NOW.plusSeconds(60), "token-" + i));
            assertEquals(true, tokens.size() <= 50, "at most 50 remembered, was " + tokens.size());
        }
        assertEquals("token-999", ((JsonWebToken) tokens.find("token-999").getPrincipal()).getRawToken());
    }

    private static SecurityIdentity identity(String name, Instant exp, String rawToken) {
        Map<String, Object> claims = Map.of("sub", name, "exp", exp.getEpochSecond(), "raw_token", rawToken);
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("shopper").build();
    }

    private static SecurityConfig config(boolean enabled, Duration maxAge, int maxEntries) {
        return new SecurityConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Duration maxAge() {
                return maxAge;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }
        };
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
