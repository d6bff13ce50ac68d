package io.livemart.core.anchor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The raw figures of one anchor over the trailing window, from which the tier's measures are derived.
 *
 * @param followers      followers now
 * @param gmv            GMV of the window's orders, in the configured currency
 * @param minutesLive    minutes the anchor was live in the window's recorded shows
 * @param viewerMinutes  minutes watched, summed over viewers
 * @param uniqueViewers  viewers, each counted once per show
 * @param engagements    comments, likes and gifts
 * @param buyers         viewers who bought, each counted once per show
 * @param feedbackAnswers buyers' answers to "was it as shown?" about the anchor's shows
 * @param asShown         how many of them said yes
 */
public record TierMeasures(long followers, BigDecimal gmv, long minutesLive, long viewerMinutes, long uniqueViewers,
        long engagements, long buyers, long feedbackAnswers, long asShown) {

    /** Viewer-minutes per minute live: how many watched at once, on average. Zero without recorded shows. */
    public BigDecimal averageConcurrentViewers() {
        return ratio(viewerMinutes, minutesLive, 2);
    }

    /** Engagements per viewer-minute. */
    public BigDecimal engagementPerViewerMinute() {
        return ratio(engagements, viewerMinutes, 4);
    }

    /** Buyers per viewer, as a fraction. */
    public BigDecimal conversionRate() {
        return ratio(buyers, uniqueViewers, 4);
    }

    /** The share of buyers who said the goods were as shown in the show. */
    public BigDecimal asShownRate() {
        return ratio(asShown, feedbackAnswers, 4);
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        if (denominator <= 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
