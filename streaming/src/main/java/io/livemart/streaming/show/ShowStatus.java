package io.livemart.streaming.show;

/** Where a show is in its life. */
public enum ShowStatus {
    SCHEDULED, LIVE, ENDED
}
