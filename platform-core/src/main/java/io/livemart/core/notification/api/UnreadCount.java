package io.livemart.core.notification.api;

/** How many of the caller's notifications are unread. */
public record UnreadCount(long unread) {
}
