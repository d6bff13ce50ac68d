package io.livemart.core.anchor.persistence;

import io.livemart.core.anchor.Anchor;
import io.livemart.core.anchor.Tier;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class AnchorRepository implements PanacheRepositoryBase<Anchor, String> {

    /** Makes the anchor known (no profile yet) if it is not; a no-op otherwise. Safe under concurrency. */
    public void ensureKnown(String anchorId) {
        getEntityManager().createNativeQuery(
                "insert into core.anchor (id, created_at) values (:id, now()) on conflict (id) do nothing")
                .setParameter("id", anchorId)
                .executeUpdate();
    }

    /** Anchors with a profile, most followed first, optionally of one tier, category or name fragment. */
    public PanacheQuery<Anchor> listed(Tier tier, String category, String name) {
        StringBuilder where = new StringBuilder("from Anchor a where a.displayName is not null");
        Parameters params = new Parameters();
        if (tier != null) {
            where.append(" and a.tier = :tier");
            params.and("tier", tier);
        }
        if (category != null) {
            where.append(" and exists (select 1 from Anchor b join b.categories c where b.id = a.id and lower(c) = :category)");
            params.and("category", category.toLowerCase(Locale.ROOT));
        }
        if (name != null) {
            where.append(" and lower(a.displayName) like :name escape '\\'");
            params.and("name", "%" + name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return find(where + " order by a.followers desc, a.id", params);
    }

    /** Stores the tier for this day; writes nothing when it is already stored (the common case on every order). */
    public void storeTier(String anchorId, Tier tier, LocalDate day) {
        getEntityManager().createNativeQuery("update core.anchor set tier = :tier, tier_day = :day "
                + "where id = :id and (tier <> :tier or tier_day is null or tier_day <> :day)")
                .setParameter("tier", tier.name())
                .setParameter("day", day)
                .setParameter("id", anchorId)
                .executeUpdate();
    }

    /** Anchors whose stored tier does not hold for this day. */
    @SuppressWarnings("unchecked")
    public List<String> staleTiers(LocalDate day) {
        return getEntityManager().createNativeQuery(
                "select id from core.anchor where tier_day is null or tier_day <> :day order by id")
                .setParameter("day", day)
                .getResultList();
    }

    /** Marks every stored tier for recomputation (thresholds may have changed since they were stored). */
    public int invalidateTiers() {
        return getEntityManager().createNativeQuery("update core.anchor set tier_day = null where tier_day is not null")
                .executeUpdate();
    }

    /** The follower count, or empty for an anchor the platform has not met (reads no entity). */
    @SuppressWarnings("unchecked")
    public java.util.Optional<Integer> followersIfKnown(String anchorId) {
        List<Number> rows = getEntityManager().createNativeQuery("select followers from core.anchor where id = :id")
                .setParameter("id", anchorId).getResultList();
        return rows.stream().findFirst().map(Number::intValue);
    }

    public int followers(String anchorId) {
        Number n = (Number) getEntityManager().createNativeQuery("select followers from core.anchor where id = :id")
                .setParameter("id", anchorId).getSingleResult();
        return n.intValue();
    }
}
