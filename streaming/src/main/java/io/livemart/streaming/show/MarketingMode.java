package io.livemart.streaming.show;

/** How a show sells (see DESIGN.md): tagged on each show so that reports can tell which modes convert best. */
public enum MarketingMode {
    /** Good value: price and bundles. */
    VALUE,
    /** A celebrity host or guest. */
    CELEBRITY,
    /** Scarcity: limited or hard-to-find items. */
    RARE,
    /** Charity or helping producers (e.g. farm help). */
    ALTRUISTIC,
    /** The host's talent (cooking, singing...). */
    TALENT,
    /** Side-by-side comparison. */
    CONTRAST,
    /** Interviewing a maker or expert. */
    INTERVIEW
}
