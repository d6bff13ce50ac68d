package io.livemart.core.notification.api;

/** How many notifications were marked read just now. */
public record MarkedRead(int marked) {
}
