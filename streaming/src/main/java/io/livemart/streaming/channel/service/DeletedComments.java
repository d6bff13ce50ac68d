package io.livemart.streaming.channel.service;

import io.livemart.core.security.CurrentUser;
import io.livemart.streaming.channel.CommentDeletion;
import io.livemart.streaming.channel.api.DeletedCommentPage;
import io.livemart.streaming.channel.api.DeletedCommentView;
import io.livemart.streaming.channel.persistence.CommentDeletionRepository;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.service.ShowService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The record of deleted comments: kept when a comment is deleted, read by staff (all) and anchors (their shows). */
@ApplicationScoped
@Transactional
public class DeletedComments {

    @Inject
    CommentDeletionRepository repository;

    @Inject
    ShowService shows;

    @Inject
    CurrentUser user;

    /**
     * Records that the caller deleted comment {@code commentId} of a show; {@code comment} is the comment as viewers
     * received it, or null when it had left the history. Deleting a comment again keeps the first record.
     */
    public void record(Show show, long commentId, JsonObject comment) {
        CommentDeletion d = new CommentDeletion();
        d.id = UUID.randomUUID();
        d.showId = show.id;
        d.anchorId = show.anchorId;
        d.commentId = commentId;
        if (comment != null) {
            JsonObject author = comment.getJsonObject("user");
            d.authorId = author == null ? null : author.getString("id");
            d.authorName = author == null ? null : author.getString("name");
            d.text = comment.getString("text");
            d.commentedAt = instant(comment.getString("at"));
        }
        d.deletedBy = user.id();
        d.deletedByName = user.username();
        d.deletedAt = Instant.now();
        repository.recordOnce(d);
    }

    /**
     * Deleted comments, newest first. Staff see every room's (or one show's); an anchor sees those of its own shows and
     * is refused another anchor's show.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeletedCommentPage recent(UUID showId, int page, int size) {
        String anchorId = null;
        if (showId != null) {
            Show show = shows.get(showId);
            user.requireOwnerOrStaff(show.anchorId, "show");
        } else if (!user.isStaff()) {
            anchorId = user.id();
        }
        PanacheQuery<CommentDeletion> query = repository.recent(showId, anchorId).page(page, size);
        Map<UUID, String> titles = new HashMap<>();
        List<DeletedCommentView> items = query.list().stream()
                .map(d -> DeletedCommentView.of(d, titles.computeIfAbsent(d.showId, id -> shows.get(id).title))).toList();
        return new DeletedCommentPage(items, page, size, query.count());
    }

    private static Instant instant(String at) {
        try {
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
