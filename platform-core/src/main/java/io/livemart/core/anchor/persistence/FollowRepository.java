package io.livemart.core.anchor.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Follow rows, and the anchor's follower count kept equal to them in the same statement's transaction. */
@ApplicationScoped
public class FollowRepository {

    @Inject
    EntityManager em;

    /** Answers true when the follow is new (following twice changes nothing). */
    public boolean follow(String anchorId, String followerId) {
        int inserted = em.createNativeQuery("insert into core.anchor_follow (anchor_id, follower_id, followed_at) "
                + "values (:anchor, :follower, now()) on conflict do nothing")
                .setParameter("anchor", anchorId).setParameter("follower", followerId).executeUpdate();
        if (inserted == 1) {
            adjustFollowers(anchorId, 1);
        }
        return inserted == 1;
    }

    /** Answers true when a follow was removed. */
    public boolean unfollow(String anchorId, String followerId) {
        int deleted = em.createNativeQuery("delete from core.anchor_follow where anchor_id = :anchor and follower_id = :follower")
                .setParameter("anchor", anchorId).setParameter("follower", followerId).executeUpdate();
        if (deleted == 1) {
            adjustFollowers(anchorId, -1);
        }
        return deleted == 1;
    }

    public boolean follows(String anchorId, String followerId) {
        return !em.createNativeQuery("select 1 from core.anchor_follow where anchor_id = :anchor and follower_id = :follower")
                .setParameter("anchor", anchorId).setParameter("follower", followerId).getResultList().isEmpty();
    }

    /** The anchors a user follows, most recently followed first. */
    @SuppressWarnings("unchecked")
    public List<String> followedBy(String followerId, int page, int size) {
        return em.createNativeQuery("select anchor_id from core.anchor_follow where follower_id = :follower "
                + "order by followed_at desc, anchor_id")
                .setParameter("follower", followerId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long countFollowedBy(String followerId) {
        return ((Number) em.createNativeQuery("select count(*) from core.anchor_follow where follower_id = :follower")
                .setParameter("follower", followerId).getSingleResult()).longValue();
    }

    private void adjustFollowers(String anchorId, int delta) {
        em.createNativeQuery("update core.anchor set followers = followers + :delta where id = :id")
                .setParameter("delta", delta).setParameter("id", anchorId).executeUpdate();
    }
}
