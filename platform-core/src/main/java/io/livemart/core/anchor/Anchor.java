package io.livemart.core.anchor;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An anchor as the platform knows it: its public profile (once written), its follower count and its
 * current tier. Known from its first profile or from the first event that names it, so an anchor without
 * a profile still has followers, figures and a tier.
 */
@Entity
@Table(schema = "core", name = "anchor")
public class Anchor {

    /** The Keycloak subject. */
    @Id
    public String id;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "avatar_url")
    public String avatarUrl;

    public String bio;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "core", name = "anchor_category", joinColumns = @JoinColumn(name = "anchor_id"))
    @OrderColumn(name = "position")
    @Column(name = "category", nullable = false)
    public List<String> categories = new ArrayList<>();

    /** Kept equal to the anchor's follow rows by atomic updates; never set from here. */
    @Column(nullable = false, insertable = false, updatable = false)
    public int followers;

    /** The stored tier, for listing and filtering; recomputed when its inputs change. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, insertable = false, updatable = false)
    public Tier tier = Tier.LOW_LEVEL;

    /** The UTC day the stored tier holds for; null when it must be recomputed. */
    @Column(name = "tier_day", insertable = false, updatable = false)
    public LocalDate tierDay;

    @Column(name = "profile_updated_at")
    public Instant profileUpdatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean hasProfile() {
        return displayName != null;
    }
}
