package io.livemart.core.anchor.service;

import io.livemart.core.anchor.Anchor;
import io.livemart.core.anchor.Follows;
import io.livemart.core.anchor.Tier;
import io.livemart.core.anchor.api.AnchorPage;
import io.livemart.core.anchor.api.AnchorProfileRequest;
import io.livemart.core.anchor.api.AnchorView;
import io.livemart.core.anchor.api.FollowView;
import io.livemart.core.anchor.api.TierView;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.anchor.persistence.AnchorRepository;
import io.livemart.core.anchor.persistence.FollowRepository;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.ShowScheduled;
import io.livemart.core.events.ShowStarted;
import io.livemart.core.security.CurrentUser;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Anchors' profiles and who follows them. */
@ApplicationScoped
@Transactional
public class AnchorService implements Follows {

    @Inject
    AnchorRepository anchors;

    @Inject
    FollowRepository follows;

    @Inject
    TierService tiers;

    @Inject
    CurrentUser user;

    /** Creates or replaces the caller's profile. */
    public AnchorView putProfile(AnchorProfileRequest request) {
        String id = user.id();
        anchors.ensureKnown(id);
        Anchor anchor = anchors.findById(id);
        anchor.displayName = request.displayName().strip();
        anchor.avatarUrl = blankToNull(request.avatarUrl());
        anchor.bio = blankToNull(request.bio());
        anchor.categories.clear();
        anchor.categories.addAll(distinctCategories(request.categories()));
        anchor.profileUpdatedAt = Instant.now();
        anchors.flush();
        return AnchorView.of(anchor, tiers.assess(id).tier());
    }

    /** The caller's own profile; blank while it has none (an anchor without a profile is still an anchor). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnchorView mine() {
        String id = user.id();
        return anchors.findByIdOptional(id).map(a -> AnchorView.of(a, tiers.assess(id).tier()))
                .orElseGet(() -> AnchorView.blank(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnchorView get(String anchorId) {
        return AnchorView.of(known(anchorId), tiers.assess(anchorId).tier());
    }

    /** Anchors with a profile, most followed first; stale stored tiers are brought up to date first. */
    public AnchorPage list(Tier tier, String category, String name, int page, int size) {
        tiers.refreshStale();
        var query = anchors.listed(tier, blankToNull(category), blankToNull(name));
        List<AnchorView> items = query.page(Page.of(page, size)).list().stream().map(a -> AnchorView.of(a, a.tier)).toList();
        return new AnchorPage(items, page, size, query.count());
    }

    /** The caller follows the anchor; following again changes nothing. */
    public FollowView follow(String anchorId) {
        String me = notSelf(anchorId);
        known(anchorId);
        if (follows.follow(anchorId, me)) {
            tiers.recompute(anchorId);
        }
        return new FollowView(anchorId, true, anchors.followers(anchorId));
    }

    /** The caller stops following the anchor; unfollowing again changes nothing. */
    public FollowView unfollow(String anchorId) {
        String me = notSelf(anchorId);
        known(anchorId);
        if (follows.unfollow(anchorId, me)) {
            tiers.recompute(anchorId);
        }
        return new FollowView(anchorId, false, anchors.followers(anchorId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFollowing(String userId, String anchorId) {
        return userId != null && anchorId != null && follows.follows(anchorId, userId);
    }

    /** Whether the caller follows the anchor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowView followState(String anchorId) {
        known(anchorId);
        return new FollowView(anchorId, follows.follows(anchorId, user.id()), anchors.followers(anchorId));
    }

    /** The anchors the caller follows, most recently followed first. */
    public AnchorPage following(int page, int size) {
        String me = user.id();
        tiers.refreshStale();
        List<String> ids = follows.followedBy(me, page, size);
        Map<String, Anchor> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            anchors.list("id in ?1", ids).forEach(a -> byId.put(a.id, a));
        }
        List<AnchorView> items = new ArrayList<>();
        for (String id : ids) {
            Anchor a = byId.get(id);
            if (a != null) {
                items.add(AnchorView.of(a, a.tier));
            }
        }
        return new AnchorPage(items, page, size, follows.countFollowedBy(me));
    }

    /** The measures behind an anchor's tier: the anchor's own business, and staff's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TierView tier(String anchorId) {
        if (!user.id().equals(anchorId)) {
            if (!user.isStaff()) {
                throw new ForbiddenException("Only the anchor itself and staff see the measures behind a tier.");
            }
            known(anchorId);
        }
        return TierView.of(anchorId, tiers.assess(anchorId));
    }

    /** The caller's own tier; zeros everywhere for an anchor the platform has not met yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TierView myTier() {
        return TierView.of(user.id(), tiers.assess(user.id()));
    }

    /** An anchor is known once it wrote a profile or an event named it (a scheduled or started show). */
    void onShowScheduled(@Observes ShowScheduled show) {
        anchors.ensureKnown(show.anchorId());
    }

    void onShowStarted(@Observes ShowStarted show) {
        anchors.ensureKnown(show.anchorId());
    }

    private Anchor known(String anchorId) {
        return anchors.findByIdOptional(anchorId)
                .orElseThrow(() -> new NotFoundException("No anchor " + anchorId + "."));
    }

    private String notSelf(String anchorId) {
        String me = user.id();
        if (me.equals(anchorId)) {
            throw new InvalidRequestException("anchorId: you cannot follow yourself.");
        }
        return me;
    }

    private static List<String> distinctCategories(List<String> categories) {
        Map<String, String> distinct = new LinkedHashMap<>();
        if (categories != null) {
            for (String c : categories) {
                distinct.putIfAbsent(c.strip().toLowerCase(Locale.ROOT), c.strip());
            }
        }
        return List.copyOf(distinct.values());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
