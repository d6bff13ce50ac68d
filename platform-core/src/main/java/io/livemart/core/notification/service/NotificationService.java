package io.livemart.core.notification.service;

import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.ShowScheduled;
import io.livemart.core.events.ShowStarted;
import io.livemart.core.notification.Notification;
import io.livemart.core.notification.NotificationCreated;
import io.livemart.core.notification.NotificationKind;
import io.livemart.core.notification.api.NotificationPage;
import io.livemart.core.notification.api.NotificationView;
import io.livemart.core.notification.persistence.NotificationRepository;
import io.livemart.core.security.CurrentUser;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The in-app inbox: followers are told when an anchor schedules or starts a show, in the transaction of that
 * change (no show without its notifications, no notification without its show). Each new notification is also
 * announced as a {@link NotificationCreated} event, the hook for a real-time push.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentUser user;

    @Inject
    Event<NotificationCreated> created;

    void onShowScheduled(@Observes ShowScheduled show) {
        fanOut(NotificationKind.SHOW_SCHEDULED, show.anchorId(), show.showId(), show.title(), show.scheduledStart());
    }

    void onShowStarted(@Observes ShowStarted show) {
        fanOut(NotificationKind.SHOW_STARTED, show.anchorId(), show.showId(), show.title(), null);
    }

    private void fanOut(NotificationKind kind, String anchorId, UUID showId, String title, Instant scheduledStart) {
        for (var row : notifications.fanOut(kind, anchorId, showId, title, scheduledStart)) {
            created.fire(new NotificationCreated(row.id(), row.recipientId(), kind, anchorId, showId));
        }
    }

    /** The caller's inbox, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage inbox(int page, int size, boolean unreadOnly) {
        String me = user.id();
        var query = notifications.inbox(me, unreadOnly);
        var items = query.page(Page.of(page, size)).list().stream().map(NotificationView::of).toList();
        return new NotificationPage(items, page, size, query.count(), notifications.unread(me));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        return notifications.unread(user.id());
    }

    /** Marks one of the caller's notifications read (again is fine); someone else's is refused. */
    public Notification markRead(UUID id) {
        Notification n = notifications.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No notification " + id + "."));
        user.requireOwner(n.recipientId, "notification");
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return n;
    }

    /** Marks all of the caller's notifications read; answers how many were unread. */
    public int markAllRead() {
        return notifications.markAllRead(user.id(), Instant.now());
    }
}
