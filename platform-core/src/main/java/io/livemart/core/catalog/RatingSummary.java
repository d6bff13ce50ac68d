package io.livemart.core.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An average of 1-5 ratings and how many there are; the average is null until someone rated. */
public record RatingSummary(BigDecimal average, long count) {

    public static RatingSummary of(long sum, long count) {
        return new RatingSummary(count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP), count);
    }
}
