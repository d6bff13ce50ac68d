package io.livemart.streaming.channel.api;

import io.livemart.core.money.Money;
import java.util.List;
import java.util.UUID;

/** A show's sponsorship income: gifts sent, per currency. */
public record SponsorshipView(UUID showId, String anchorId, long gifts, List<Total> totals) {

    /** Gifts and income in one currency. */
    public record Total(long gifts, Money income) {
    }
}
