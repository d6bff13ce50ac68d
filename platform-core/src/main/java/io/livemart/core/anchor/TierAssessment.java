package io.livemart.core.anchor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An anchor's tier and every measure behind it, each against its threshold, so the anchor sees why.
 *
 * @param tier            the class the two axes give
 * @param windowStart     first UTC day of the trailing window (GMV and audience figures)
 * @param windowEnd       last UTC day of the window (today)
 * @param currency        the currency GMV is measured in
 * @param influence       the influence axis: followers and GMV
 * @param attractiveness  the audience-attractiveness axis: average concurrent viewers, engagement, conversion,
 *                        and buyers' "was it as shown?"
 */
public record TierAssessment(Tier tier, LocalDate windowStart, LocalDate windowEnd, String currency, Axis influence,
        Axis attractiveness) {

    /** One axis: high when at least {@code required} of its measures pass. */
    public record Axis(boolean high, int passed, int required, List<Measure> measures) {

        static Axis of(int required, List<Measure> measures) {
            int passed = (int) measures.stream().filter(Measure::passes).count();
            return new Axis(passed >= required, passed, required, measures);
        }
    }

    /** One measure: its value, the threshold it is held against, and whether it reaches it. */
    public record Measure(String name, BigDecimal value, BigDecimal threshold, String unit, boolean passes) {

        static Measure of(String name, BigDecimal value, BigDecimal threshold, String unit) {
            return new Measure(name, value, threshold, unit, value.compareTo(threshold) >= 0);
        }
    }

    /** Classifies figures against the configured thresholds. Pure: no clock, no database. */
    public static TierAssessment classify(TierMeasures m, TiersConfig config, LocalDate today) {
        TiersConfig.Influence inf = config.influence();
        TiersConfig.Attractiveness att = config.attractiveness();
        Axis influence = Axis.of(inf.required(), List.of(
                Measure.of("followers", BigDecimal.valueOf(m.followers()), BigDecimal.valueOf(inf.minFollowers()),
                        "followers"),
                Measure.of("gmv", m.gmv(), inf.minGmv(), config.currency())));
        Axis attractiveness = Axis.of(att.required(), List.of(
                Measure.of("averageConcurrentViewers", m.averageConcurrentViewers(), att.minAverageConcurrentViewers(),
                        "viewers"),
                Measure.of("engagementPerViewerMinute", m.engagementPerViewerMinute(),
                        att.minEngagementPerViewerMinute(), "engagements per viewer-minute"),
                Measure.of("conversionRate", m.conversionRate(), att.minConversionRate(), "buyers per viewer"),
                Measure.of("asShownRate", m.asShownRate(), att.minAsShownRate(), "buyers saying it was as shown")));
        return new TierAssessment(Tier.of(influence.high(), attractiveness.high()), windowStart(config, today), today,
                config.currency(), influence, attractiveness);
    }

    /** The first day of the trailing window ending today. */
    public static LocalDate windowStart(TiersConfig config, LocalDate today) {
        return today.minusDays(config.windowDays() - 1L);
    }

    /** Why the anchor has its tier, in one sentence. */
    public String explanation() {
        return String.format("%s influence (%d of %d measures pass, %d needed) and %s audience attractiveness "
                + "(%d of %d pass, %d needed): %s.",
                influence.high() ? "High" : "Low", influence.passed(), influence.measures().size(), influence.required(),
                attractiveness.high() ? "high" : "low", attractiveness.passed(), attractiveness.measures().size(),
                attractiveness.required(), tier.label());
    }
}
