package io.livemart.core.anchor.persistence;

import io.livemart.core.anchor.Anchor;
import io.livemart.core.events.ShowFiguresRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.query.NativeQuery;

/** The figures tiers are measured on: daily sales, per-show audience figures and buyers' feedback. */
@ApplicationScoped
public class MeasuresRepository {

    @Inject
    EntityManager em;

    /** Buckets a day's sales may be spread over (the table's check): more than an instance's pooled connections. */
    static final int SALES_BUCKETS = 64;

    /**
     * Adds one order to the anchor's sales of that day, atomically (concurrent orders never lose a sale), in a bucket
     * of the day that no other transaction holds ({@code FOR UPDATE SKIP LOCKED}), or, when every bucket is held, in
     * one chosen at random: a flash sale's orders do not wait for each other's commit (ADR 0024; random buckets alone,
     * ADR 0020, still collided: 16 buckets for 20 transactions at once). The same statement makes the anchor known if
     * it is not, and marks its stored tier stale if it is not already (later orders find it so and lock nothing). One
     * statement, synchronised on the tables it writes: it flushes nothing else of the order's session.
     */
    public void addSale(String anchorId, LocalDate day, String currency, BigDecimal total, int units) {
        em.createNativeQuery("with known as (insert into core.anchor (id, created_at) values (:anchor, now()) "
                + "on conflict (id) do nothing), "
                + "stale as (update core.anchor set tier_day = null where id = :anchor and tier_day is not null), "
                + "free as (select bucket from core.anchor_daily_sales "
                + "where anchor_id = :anchor and day = :day and currency = :currency limit 1 for update skip locked), "
                + "added as (update core.anchor_daily_sales s set gmv = s.gmv + :total, orders = s.orders + 1, "
                + "units = s.units + :units from free where s.anchor_id = :anchor and s.day = :day "
                + "and s.currency = :currency and s.bucket = free.bucket returning 1) "
                + "insert into core.anchor_daily_sales (anchor_id, day, currency, bucket, gmv, orders, units) "
                + "select :anchor, :day, :currency, :bucket, :total, 1, :units where not exists (select 1 from added) "
                + "on conflict (anchor_id, day, currency, bucket) do update set gmv = core.anchor_daily_sales.gmv + excluded.gmv, "
                + "orders = core.anchor_daily_sales.orders + 1, units = core.anchor_daily_sales.units + excluded.units")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Anchor.class)
                .addSynchronizedQuerySpace("core.anchor_daily_sales")
                .setParameter("anchor", anchorId).setParameter("day", day).setParameter("currency", currency)
                .setParameter("bucket", java.util.concurrent.ThreadLocalRandom.current().nextInt(SALES_BUCKETS))
                .setParameter("total", total).setParameter("units", units)
                .executeUpdate();
    }

    /** GMV in one currency from a day on. */
    public BigDecimal gmv(String anchorId, String currency, LocalDate from) {
        Object sum = em.createNativeQuery("select coalesce(sum(gmv), 0) from core.anchor_daily_sales "
                + "where anchor_id = :anchor and currency = :currency and day >= :from")
                .setParameter("anchor", anchorId).setParameter("currency", currency).setParameter("from", from)
                .getSingleResult();
        return ((BigDecimal) sum).setScale(2);
    }

    /** Records (or replaces) one show's audience figures. */
    public void recordFigures(ShowFiguresRecorded f) {
        em.createNativeQuery("insert into core.anchor_show_figures (show_id, anchor_id, ended_at, minutes_live, "
                + "viewer_minutes, unique_viewers, engagements, buyers, recorded_at) "
                + "values (:show, :anchor, :ended, :minutes, :viewerMinutes, :viewers, :engagements, :buyers, now()) "
                + "on conflict (show_id) do update set anchor_id = excluded.anchor_id, ended_at = excluded.ended_at, "
                + "minutes_live = excluded.minutes_live, viewer_minutes = excluded.viewer_minutes, "
                + "unique_viewers = excluded.unique_viewers, engagements = excluded.engagements, "
                + "buyers = excluded.buyers, recorded_at = excluded.recorded_at")
                .setParameter("show", f.showId()).setParameter("anchor", f.anchorId()).setParameter("ended", f.endedAt())
                .setParameter("minutes", f.minutesLive()).setParameter("viewerMinutes", f.viewerMinutes())
                .setParameter("viewers", f.uniqueViewers()).setParameter("engagements", f.engagements())
                .setParameter("buyers", f.buyers())
                .executeUpdate();
    }

    /** Sums of the audience figures of shows that ended from a day on: minutes live, viewer-minutes, viewers, engagements, buyers. */
    public long[] audience(String anchorId, LocalDate from) {
        Instant since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(minutes_live), 0), coalesce(sum(viewer_minutes), 0), "
                + "coalesce(sum(unique_viewers), 0), coalesce(sum(engagements), 0), coalesce(sum(buyers), 0) "
                + "from core.anchor_show_figures where anchor_id = :anchor and ended_at >= :since")
                .setParameter("anchor", anchorId).setParameter("since", since)
                .getSingleResult();
        long[] sums = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            sums[i] = ((Number) row[i]).longValue();
        }
        return sums;
    }

    /** Adds buyers' answers to "was it as shown?" on the day the feedback was given (edits pass deltas). */
    public void addFeedback(String anchorId, LocalDate day, int answers, int asShown) {
        em.createNativeQuery("insert into core.anchor_daily_feedback (anchor_id, day, answers, as_shown) "
                + "values (:anchor, :day, :answers, :asShown) on conflict (anchor_id, day) do update set "
                + "answers = core.anchor_daily_feedback.answers + excluded.answers, "
                + "as_shown = core.anchor_daily_feedback.as_shown + excluded.as_shown")
                .setParameter("anchor", anchorId).setParameter("day", day).setParameter("answers", answers)
                .setParameter("asShown", asShown)
                .executeUpdate();
    }

    /** Answers to "was it as shown?" from a day on, and how many said yes. */
    public long[] feedback(String anchorId, LocalDate from) {
        Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(answers), 0), coalesce(sum(as_shown), 0) "
                + "from core.anchor_daily_feedback where anchor_id = :anchor and day >= :from")
                .setParameter("anchor", anchorId).setParameter("from", from)
                .getSingleResult();
        return new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }
}
