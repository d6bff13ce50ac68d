package io.livemart.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One in-app notification in one user's inbox. What it names is copied in, so it reads the same later. */
@Entity
@Table(schema = "core", name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    /** The anchor's display name when the notification was made; null if it had no profile yet. */
    @Column(name = "anchor_name")
    public String anchorName;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    @Column(name = "show_title", nullable = false)
    public String showTitle;

    @Column(name = "scheduled_start")
    public Instant scheduledStart;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** The notification as a sentence for its recipient. */
    public String message() {
        String who = anchorName != null ? anchorName : "An anchor you follow";
        return switch (kind) {
            case SHOW_SCHEDULED -> who + " scheduled \"" + showTitle + "\""
                    + (scheduledStart != null ? " for " + scheduledStart : "") + ".";
            case SHOW_STARTED -> who + " is live now: \"" + showTitle + "\".";
        };
    }
}
