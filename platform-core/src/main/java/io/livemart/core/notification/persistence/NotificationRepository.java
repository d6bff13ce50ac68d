package io.livemart.core.notification.persistence;

import io.livemart.core.notification.Notification;
import io.livemart.core.notification.NotificationKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** One recipient's notification just written. */
    public record Created(UUID id, String recipientId) {
    }

    /**
     * Writes one notification per follower of the anchor in one statement (followers can be many), with the
     * anchor's display name as it is now; answers who got one.
     */
    @SuppressWarnings("unchecked")
    public List<Created> fanOut(NotificationKind kind, String anchorId, UUID showId, String showTitle,
            Instant scheduledStart) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "insert into core.notification (id, recipient_id, kind, anchor_id, anchor_name, show_id, show_title, "
                        + "scheduled_start, created_at) "
                        + "select gen_random_uuid(), f.follower_id, :kind, f.anchor_id, a.display_name, :show, :title, "
                        + "cast(:start as timestamptz), clock_timestamp() "
                        + "from core.anchor_follow f left join core.anchor a on a.id = f.anchor_id "
                        + "where f.anchor_id = :anchor "
                        + "returning id, recipient_id")
                .unwrap(NativeQuery.class)
                .setParameter("kind", kind.name()).setParameter("show", showId).setParameter("title", showTitle)
                .setParameter("start", scheduledStart, StandardBasicTypes.INSTANT).setParameter("anchor", anchorId)
                .getResultList();
        return rows.stream().map(r -> new Created(r[0] instanceof UUID id ? id : UUID.fromString(r[0].toString()),
                r[1].toString())).toList();
    }

    /** A user's inbox, newest first. */
    public PanacheQuery<Notification> inbox(String recipientId, boolean unreadOnly) {
        return find("recipientId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id desc",
                recipientId);
    }

    public long unread(String recipientId) {
        return count("recipientId = ?1 and readAt is null", recipientId);
    }

    public int markAllRead(String recipientId, Instant at) {
        return update("readAt = ?1 where recipientId = ?2 and readAt is null", at, recipientId);
    }
}
