package io.livemart.streaming.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word refused in every room (lower case, matched anywhere in a comment). */
@Entity
@Table(schema = "streaming", name = "platform_blocked_word")
public class PlatformBlockedWord {

    @Id
    public String word;

    /** Who added it; null for the words copied from configuration. */
    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
