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
import java.util.EnumSet;
import java.util.Set;
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

    /** The Janus node (its API URL) that holds the room. */
    @Column(name = "janus_node")
    public String janusNode;

    @Column(name = "cover_image_url")
    public String coverImageUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "streaming", name = "show_marketing_mode", joinColumns = @JoinColumn(name = "show_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    public Set<MarketingMode> marketingModes = EnumSet.noneOf(MarketingMode.class);

    /** The co-host invited by the anchor: may publish too. */
    @Column(name = "guest_anchor_id")
    public String guestAnchorId;

    @Column(name = "interrupted_at")
    public Instant interruptedAt;

    /** Most viewers watching at once so far (kept after the show). */
    @Column(name = "peak_viewers", nullable = false)
    public int peakViewers;

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

    /** Whether the user may publish video into this show: its anchor or the invited guest. */
    public boolean mayPublish(String userId) {
        return userId != null && (userId.equals(anchorId) || userId.equals(guestAnchorId));
    }

    public ShowSnapshot snapshot() {
        return new ShowSnapshot(id, anchorId, title, status, List.copyOf(lineup),
                marketingModes.stream().sorted().toList());
    }
}
