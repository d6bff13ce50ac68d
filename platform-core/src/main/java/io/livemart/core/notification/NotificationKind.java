package io.livemart.core.notification;

/** What a notification tells its recipient about. */
public enum NotificationKind {
    /** An anchor the recipient follows scheduled a show. */
    SHOW_SCHEDULED,
    /** An anchor the recipient follows went live. */
    SHOW_STARTED
}
