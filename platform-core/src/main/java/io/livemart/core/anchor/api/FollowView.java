package io.livemart.core.anchor.api;

/** Whether the caller follows an anchor now, and the anchor's follower count. */
public record FollowView(String anchorId, boolean following, int followers) {
}
