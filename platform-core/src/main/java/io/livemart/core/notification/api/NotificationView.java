package io.livemart.core.notification.api;

import io.livemart.core.notification.Notification;
import io.livemart.core.notification.NotificationKind;
import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient sees it. */
public record NotificationView(UUID id, NotificationKind kind, String message, String anchorId, String anchorName,
        UUID showId, String showTitle, Instant scheduledStart, Instant createdAt, boolean read, Instant readAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.message(), n.anchorId, n.anchorName, n.showId, n.showTitle,
                n.scheduledStart, n.createdAt, n.readAt != null, n.readAt);
    }
}
