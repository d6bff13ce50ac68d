package io.livemart.core.anchor.api;

import io.livemart.core.anchor.Tier;
import io.livemart.core.anchor.TierAssessment;
import java.time.LocalDate;

/**
 * An anchor's tier with every measure behind it, each against its threshold.
 *
 * @param explanation why, in one sentence
 */
public record TierView(String anchorId, Tier tier, String label, String explanation, LocalDate windowStart,
        LocalDate windowEnd, String currency, TierAssessment.Axis influence, TierAssessment.Axis attractiveness) {

    public static TierView of(String anchorId, TierAssessment a) {
        return new TierView(anchorId, a.tier(), a.tier().label(), a.explanation(), a.windowStart(), a.windowEnd(),
                a.currency(), a.influence(), a.attractiveness());
    }
}
