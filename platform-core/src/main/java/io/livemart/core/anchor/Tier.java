package io.livemart.core.anchor;

import io.livemart.core.error.InvalidRequestException;

/**
 * The four classes of live-broadcast sellers of Li (2021), "Research on the innovation and path of the
 * business model of live marketing": two axes, the anchor's influence and the audience's attractiveness.
 */
public enum Tier {
    /** High influence, high audience attractiveness. */
    SUPER("super seller"),
    /** High influence, low audience attractiveness. */
    FAMOUS("famous seller"),
    /** Low influence, high audience attractiveness. */
    ORDINARY("ordinary seller"),
    /** Low influence, low audience attractiveness. */
    LOW_LEVEL("low-level seller");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A tier from a query parameter; null for none, 400 naming the parameter for an unknown one. */
    public static Tier parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Tier t : values()) {
            if (t.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return t;
            }
        }
        throw new InvalidRequestException("tier: must be one of SUPER, FAMOUS, ORDINARY, LOW_LEVEL.");
    }

    public static Tier of(boolean highInfluence, boolean highAttractiveness) {
        if (highInfluence) {
            return highAttractiveness ? SUPER : FAMOUS;
        }
        return highAttractiveness ? ORDINARY : LOW_LEVEL;
    }
}
