package io.livemart.core.anchor.api;

import io.livemart.core.anchor.Anchor;
import io.livemart.core.anchor.Tier;
import java.util.List;

/**
 * An anchor as anyone may see it: the profile, the follower count and the tier class (the measures behind
 * the class are the anchor's own business: see the tier endpoint).
 *
 * @param hasProfile false while the anchor has not written its profile yet (the profile fields are then null)
 */
public record AnchorView(String id, String displayName, String avatarUrl, String bio, List<String> categories,
        int followers, Tier tier, String tierLabel, boolean hasProfile) {

    public static AnchorView of(Anchor a, Tier tier) {
        return new AnchorView(a.id, a.displayName, a.avatarUrl, a.bio, List.copyOf(a.categories), a.followers, tier,
                tier.label(), a.hasProfile());
    }

    /** An anchor the platform has not met yet: no profile, no followers, no figures. */
    public static AnchorView blank(String id) {
        return new AnchorView(id, null, null, null, List.of(), 0, Tier.LOW_LEVEL, Tier.LOW_LEVEL.label(), false);
    }
}
