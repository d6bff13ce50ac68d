package io.livemart.core.anchor;

/** What other modules may ask about followers (e.g. a lottery open to the anchor's followers). */
public interface Follows {

    /** Whether the user follows the anchor. */
    boolean isFollowing(String userId, String anchorId);
}
