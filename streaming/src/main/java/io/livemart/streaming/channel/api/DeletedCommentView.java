package io.livemart.streaming.channel.api;

import io.livemart.streaming.channel.CommentDeletion;
import java.time.Instant;
import java.util.UUID;

/**
 * A deleted comment: in which show, its number there, who wrote it and what (null when it had already left the
 * room's history), who deleted it and when.
 */
public record DeletedCommentView(UUID id, UUID showId, String showTitle, long commentId, Person author, String text,
        Instant commentedAt, Person deletedBy, Instant deletedAt) {

    /** A user by id and display name. */
    public record Person(String id, String name) {
    }

    public static DeletedCommentView of(CommentDeletion d, String showTitle) {
        return new DeletedCommentView(d.id, d.showId, showTitle, d.commentId,
                d.authorId == null ? null : new Person(d.authorId, d.authorName), d.text, d.commentedAt,
                new Person(d.deletedBy, d.deletedByName), d.deletedAt);
    }
}
