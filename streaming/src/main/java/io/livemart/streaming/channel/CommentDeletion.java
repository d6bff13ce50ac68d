package io.livemart.streaming.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The record of a comment deleted from a room: who deleted what, when, and the text as viewers saw it. Comments live
 * in Redis for the length of a show; their deletions are kept here for good (ADR 0015).
 */
@Entity
@Table(schema = "streaming", name = "comment_deletion")
public class CommentDeletion {

    @Id
    public UUID id;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    /** The comment's number in its room. */
    @Column(name = "comment_id", nullable = false)
    public long commentId;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    /** Null when the comment had already left the room's history (its text is no longer known). */
    @Column
    public String text;

    @Column(name = "commented_at")
    public Instant commentedAt;

    @Column(name = "deleted_by", nullable = false)
    public String deletedBy;

    @Column(name = "deleted_by_name")
    public String deletedByName;

    @Column(name = "deleted_at", nullable = false)
    public Instant deletedAt;
}
