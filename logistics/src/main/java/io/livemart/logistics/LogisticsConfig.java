package io.livemart.logistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of the logistics module. */
@ConfigMapping(prefix = "logistics")
public interface LogisticsConfig {

    /** What a carrier's code may be, in paths, in shipments and in its service account's name. */
    String CARRIER_CODE = "[a-z0-9-]{2,32}";

    /** The carriers that may post tracking events, by code (their Keycloak service account is "carrier-" + code). */
    Map<String, Carrier> carriers();

    /** How far a signed event's timestamp may be from now before the signature counts as stale (replays). */
    @WithDefault("5M")
    Duration signatureTolerance();

    /** How long after giving feedback a buyer may still edit it. */
    @WithDefault("P7D")
    Duration feedbackEditWindow();

    /** The group commit of carrier events (ADR 0021). */
    Tracking tracking();

    /** One carrier's webhook settings. */
    interface Carrier {

        /** The shared secret the carrier signs its event bodies with (HMAC-SHA256). */
        String secret();

        /** The carrier's name as buyers see it. */
        String displayName();
    }

    /** How carrier events are written: concurrent webhooks share one transaction. */
    interface Tracking {

        /** The most events one transaction writes; more wait for the next. */
        @WithDefault("64")
        int batchMax();

        /**
         * How many transactions may be written at once, each for its share of the parcels (by tracking number). One
         * leaves a core idle while its commit is on its way; more than the cores only adds waiting.
         */
        @WithDefault("2")
        int writers();

        /** How long a webhook waits for its event's transaction before it answers 503. */
        @WithDefault("10S")
        Duration writeTimeout();
    }
}
