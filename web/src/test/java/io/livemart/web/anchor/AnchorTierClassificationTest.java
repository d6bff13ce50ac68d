package io.livemart.web.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livemart.core.anchor.Tier;
import io.livemart.core.anchor.TierAssessment;
import io.livemart.core.anchor.TierMeasures;
import io.livemart.core.anchor.TiersConfig;
import java.math.BigDecimal;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classification alone: thresholds, "at least N of the axis's measures", and the four quadrants. */
class AnchorTierClassificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theFourQuadrants() {
        assertEquals(Tier.SUPER, classify(1000, "0", 6000, 600_000, 10_000, 30_000, 200, config(1, 2)));
        assertEquals(Tier.FAMOUS, classify(5000, "0", 60, 600, 10_000, 0, 0, config(1, 2)));
        assertEquals(Tier.ORDINARY, classify(10, "9999.99", 60, 9000, 400, 900, 12, config(1, 2)));
        assertEquals(Tier.LOW_LEVEL, classify(999, "9999.99", 60, 5999, 400, 0, 0, config(1, 2)));
    }

    @Test
    void thresholdsAreInclusiveAndRequiredCountsAreHonoured() {
        // GMV exactly at the threshold passes; with both influence measures required, followers must pass too.
        assertEquals(Tier.FAMOUS, classify(0, "10000.00", 0, 0, 0, 0, 0, config(1, 2)));
        assertEquals(Tier.LOW_LEVEL, classify(0, "10000.00", 0, 0, 0, 0, 0, config(2, 2)));
        // Only conversion passes: one of three is enough with required=1, not with the default 2.
        assertEquals(Tier.ORDINARY, classify(0, "0", 10, 10, 10, 0, 1, config(1, 1)));
        assertEquals(Tier.LOW_LEVEL, classify(0, "0", 10, 10, 10, 0, 1, config(1, 2)));
    }

    @Test
    void noShowsMeansZeroNotDivisionByZeroAndTheWindowEndsToday() {
        TierAssessment a = TierAssessment.classify(new TierMeasures(0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0), config(1, 2), TODAY);
        assertEquals(0, a.attractiveness().measures().get(0).value().signum());
        assertEquals(LocalDate.of(2026, 10, 25), a.windowStart());
        assertEquals(TODAY, a.windowEnd());
    }

    private static Tier classify(long followers, String gmv, long minutes, long viewerMinutes, long viewers,
            long engagements, long buyers, TiersConfig config) {
        return TierAssessment.classify(new TierMeasures(followers, new BigDecimal(gmv), minutes, viewerMinutes, viewers,
                engagements, buyers, 0, 0), config, TODAY).tier();
    }

    /**
     * The default thresholds, with the required counts given. A dynamic proxy, not an anonymous class: Quarkus
     * would treat the interface's validation annotations on a test class as interceptor bindings.
     */
    private static TiersConfig config(int influenceRequired, int attractivenessRequired) {
        Map<String, Object> influence = Map.of("minFollowers", 1000L, "minGmv", new BigDecimal("10000.00"),
                "required", influenceRequired);
        Map<String, Object> attractiveness = Map.of("minAverageConcurrentViewers", new BigDecimal("100"),
                "minEngagementPerViewerMinute", new BigDecimal("0.05"), "minConversionRate", new BigDecimal("0.02"),
                "minAsShownRate", new BigDecimal("0.9"), "required", attractivenessRequired);
        Map<String, Object> root = Map.of("windowDays", 30, "currency", "EUR",
                "influence", proxy(TiersConfig.Influence.class, influence),
                "attractiveness", proxy(TiersConfig.Attractiveness.class, attractiveness));
        return proxy(TiersConfig.class, root);
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (self, method, args) -> values.get(method.getName())));
    }
}
