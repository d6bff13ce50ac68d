package io.livemart.core.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How the app treats the bearer tokens it has already verified (docs/adr/0019-verified-token-cache.md). */
@ConfigMapping(prefix = "core.security.verified-tokens")
public interface SecurityConfig {

    /** Whether a bearer token whose signature and claims were verified is remembered until it expires. */
    @WithDefault("true")
    boolean enabled();

    /** The longest a verified token is remembered, even when it expires later: key rotations take effect within it. */
    @WithDefault("2M")
    Duration maxAge();

    /** How many verified tokens are remembered at most (about 2 KB each). */
    @WithDefault("10000")
    @Min(1)
    int maxEntries();
}
