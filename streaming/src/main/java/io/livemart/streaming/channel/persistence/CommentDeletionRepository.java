package io.livemart.streaming.channel.persistence;

import io.livemart.streaming.channel.CommentDeletion;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CommentDeletionRepository implements PanacheRepositoryBase<CommentDeletion, UUID> {

    /** Records a deletion unless that comment's deletion is recorded already; answers whether it is new. */
    public boolean recordOnce(CommentDeletion d) {
        return getEntityManager().createNativeQuery("insert into streaming.comment_deletion (id, show_id, anchor_id, "
                + "comment_id, author_id, author_name, text, commented_at, deleted_by, deleted_by_name, deleted_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) on conflict (show_id, comment_id) do nothing")
                .setParameter(1, d.id).setParameter(2, d.showId).setParameter(3, d.anchorId).setParameter(4, d.commentId)
                .setParameter(5, d.authorId).setParameter(6, d.authorName).setParameter(7, d.text)
                .setParameter(8, d.commentedAt).setParameter(9, d.deletedBy).setParameter(10, d.deletedByName)
                .setParameter(11, d.deletedAt).executeUpdate() == 1;
    }

    /** Deletions, newest first: of one show, of one anchor's shows, or (both null) all. */
    public PanacheQuery<CommentDeletion> recent(UUID showId, String anchorId) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (showId != null) {
            q.append(" and showId = :show");
            p.and("show", showId);
        }
        if (anchorId != null) {
            q.append(" and anchorId = :anchor");
            p.and("anchor", anchorId);
        }
        return find(q.toString(), Sort.descending("deletedAt").and("commentId", Sort.Direction.Descending), p);
    }
}
