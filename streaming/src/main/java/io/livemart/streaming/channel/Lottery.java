package io.livemart.streaming.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A giveaway in a show. The seed is drawn when the lottery opens and only its SHA-256 is announced; it is revealed
 * with the winners, so the draw cannot be steered after entries are known and anyone can recompute it.
 */
@Entity
@Table(schema = "streaming", name = "lottery")
public class Lottery {

    public enum Rule { KEYWORD, FOLLOWS }

    public enum Status { OPEN, DRAWN }

    @Id
    public UUID id;

    @Column(name = "show_id", nullable = false)
    public UUID showId;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rule rule;

    public String keyword;

    @Column(name = "winners_count", nullable = false)
    public int winnersCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String seed;

    @Column(name = "seed_hash", nullable = false)
    public String seedHash;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "drawn_at")
    public Instant drawnAt;
}
