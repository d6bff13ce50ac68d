package io.livemart.streaming.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The platform-wide blocked words as a whole (one row): its version, raised by every change so that each instance
 * knows when to reload the words, and who changed it last. Absent until the configured words are copied in.
 */
@Entity
@Table(schema = "streaming", name = "platform_blocked_word_list")
public class PlatformBlockedWordList {

    public static final short ID = 1;

    @Id
    public short id = ID;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Null while the list is still the configured one. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_by_name")
    public String updatedByName;
}
