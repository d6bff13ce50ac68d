package io.livemart.core.anchor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * Thresholds of the seller tiers (docs/adr/0004-seller-tiers.md). A measure passes when it is at least its
 * threshold; an axis is high when at least {@code required} of its measures pass.
 */
@ConfigMapping(prefix = "core.tiers")
public interface TiersConfig {

    /** How many UTC days, today included, the trailing window of GMV and audience figures spans. */
    @WithDefault("30")
    @Min(1)
    @Max(366)
    int windowDays();

    /** The currency GMV is measured in; orders in other currencies do not count until conversion exists. */
    @WithDefault("EUR")
    @Pattern(regexp = "[A-Z]{3}")
    String currency();

    /** The influence axis: how far the anchor reaches. */
    Influence influence();

    /** The audience-attractiveness axis: how well the anchor holds and converts its audience. */
    Attractiveness attractiveness();

    /** Thresholds of the influence axis. */
    interface Influence {

        /** Followers needed for the followers measure to pass. */
        @WithDefault("1000")
        @Min(0)
        long minFollowers();

        /** GMV over the window, in {@code core.tiers.currency}, needed for the GMV measure to pass. */
        @WithDefault("10000.00")
        @DecimalMin("0")
        BigDecimal minGmv();

        /** How many of the two influence measures must pass for influence to be high. */
        @WithDefault("1")
        @Min(1)
        @Max(2)
        int required();
    }

    /** Thresholds of the audience-attractiveness axis. */
    interface Attractiveness {

        /** Average concurrent viewers over the window's shows (viewer-minutes / minutes live) needed to pass. */
        @WithDefault("100")
        @DecimalMin("0")
        BigDecimal minAverageConcurrentViewers();

        /** Engagements (comments, likes, gifts) per viewer-minute needed to pass. */
        @WithDefault("0.05")
        @DecimalMin("0")
        BigDecimal minEngagementPerViewerMinute();

        /** Conversion rate (buyers / unique viewers, a fraction: 0.02 is 2 %) needed to pass. */
        @WithDefault("0.02")
        @DecimalMin("0")
        @Max(1)
        BigDecimal minConversionRate();

        /** Share of buyers who said the goods were as shown, from 0 to 1, for that measure to pass. */
        @WithDefault("0.9")
        @DecimalMin("0")
        @Max(1)
        BigDecimal minAsShownRate();

        /** How many of the four attractiveness measures must pass for attractiveness to be high. */
        @WithDefault("2")
        @Min(1)
        @Max(3)
        int required();
    }
}
