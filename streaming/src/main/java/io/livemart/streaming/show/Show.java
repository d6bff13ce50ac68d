package io.livemart.streaming.show;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One live broadcast: scheduled, then live in a Janus videoroom, then ended. */
@Entity
@Table(schema = "streaming", name = "show")
public class Show {

    @Id
    public UUID id;

    @Column(name = "anchor_id", nullable = false)
    public String anchorId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShowStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "streaming", name = "show_lineup", joinColumns = @JoinColumn(name = "show_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id", nullable = false)
    public List<UUID> lineup = new ArrayList<>();

    /** The Janus videoroom while the show is live. */
    @Column(name = "janus_room_id")
    public Long janusRoomId;

    @Column(name = "scheduled_start")
    public Instant scheduledStart;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public ShowSnapshot snapshot() {
        return new ShowSnapshot(id, anchorId, title, status, List.copyOf(lineup));
    }
}
