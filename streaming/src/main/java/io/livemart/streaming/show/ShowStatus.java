package io.livemart.streaming.show;

/** Where a show is in its life. */
public enum ShowStatus {
    SCHEDULED,
    LIVE,
    /** Live, but Janus lost the room (restart, node gone): the anchor publishes again to resume. */
    INTERRUPTED,
    ENDED
}
