package io.livemart.core.notification;

import java.util.UUID;

/**
 * A notification landed in a user's inbox. Fired (CDI, synchronously) inside the transaction that wrote it, so a
 * real-time push should observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} and push
 * only what was committed; the inbox stays the record, a missed push is caught up by listing it.
 */
public record NotificationCreated(UUID notificationId, String recipientId, NotificationKind kind, String anchorId,
        UUID showId) {
}
