package io.livemart.logistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of the logistics module. */
@ConfigMapping(prefix = "logistics")
public interface LogisticsConfig {

    /** The carriers that may post tracking events, by code (their Keycloak service account is "carrier-" + code). */
    Map<String, Carrier> carriers();

    /** How far a signed event's timestamp may be from now before the signature counts as stale (replays). */
    @WithDefault("5M")
    Duration signatureTolerance();

    /** How long after giving feedback a buyer may still edit it. */
    @WithDefault("P7D")
    Duration feedbackEditWindow();

    /** One carrier's webhook settings. */
    interface Carrier {

        /** The shared secret the carrier signs its event bodies with (HMAC-SHA256). */
        String secret();

        /** The carrier's name as buyers see it. */
        String displayName();
    }
}
