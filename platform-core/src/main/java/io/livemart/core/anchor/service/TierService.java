package io.livemart.core.anchor.service;

import io.livemart.core.anchor.Tier;
import io.livemart.core.anchor.TierAssessment;
import io.livemart.core.anchor.TierMeasures;
import io.livemart.core.anchor.TiersConfig;
import io.livemart.core.anchor.persistence.AnchorRepository;
import io.livemart.core.anchor.persistence.MeasuresRepository;
import io.livemart.core.events.FeedbackGiven;
import io.livemart.core.events.OrderPlaced;
import io.livemart.core.events.ShowFiguresRecorded;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Seller tiers (docs/adr/0004-seller-tiers.md): measures the anchor's figures over the trailing window and
 * classifies them against {@link TiersConfig}. One anchor's tier is computed on read (a handful of indexed
 * rows); the stored tier, for listing and filtering, is recomputed in the transaction of every change of its
 * inputs (a follow, an order, recorded figures) and holds for the UTC day it was computed on, since the
 * window moves by days: the first listing of a day recomputes the stale ones.
 */
@ApplicationScoped
@Transactional
public class TierService {

    private static final Logger LOG = Logger.getLogger(TierService.class);

    @Inject
    AnchorRepository anchors;

    @Inject
    MeasuresRepository measures;

    @Inject
    TiersConfig config;

    /** The anchor's tier and measures now; an anchor the platform has not met yet has zeros everywhere. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TierAssessment assess(String anchorId) {
        LocalDate today = today();
        LocalDate from = TierAssessment.windowStart(config, today);
        long followers = anchors.followersIfKnown(anchorId).orElse(0);
        long[] audience = measures.audience(anchorId, from);
        long[] feedback = measures.feedback(anchorId, from);
        TierMeasures figures = new TierMeasures(followers, measures.gmv(anchorId, config.currency(), from),
                audience[0], audience[1], audience[2], audience[3], audience[4], feedback[0], feedback[1]);
        return TierAssessment.classify(figures, config, today);
    }

    /** Recomputes and stores the anchor's tier. */
    public Tier recompute(String anchorId) {
        Tier tier = assess(anchorId).tier();
        anchors.storeTier(anchorId, tier, today());
        return tier;
    }

    /**
     * Recomputes every stored tier that does not hold for today; answers how many were looked at. Anchors
     * already loaded in this transaction are detached afterwards so that a listing reads the new tiers.
     */
    public int refreshStale() {
        var stale = anchors.staleTiers(today());
        if (!stale.isEmpty()) {
            stale.forEach(this::recompute);
            anchors.flush();
            anchors.getEntityManager().clear();
        }
        return stale.size();
    }

    /** An order counts towards its anchor's GMV, in the order's own transaction. */
    void onOrderPlaced(@Observes OrderPlaced order) {
        if (order.anchorId() == null) {
            return;
        }
        Instant placedAt = order.placedAt() != null ? order.placedAt() : Instant.now();
        // The tier is not recomputed here: during a flash sale that would put every order behind the anchor's
        // row. addSale marks the stored tier stale and the next listing recomputes it; one anchor's tier is always
        // computed on read.
        measures.addSale(order.anchorId(), placedAt.atZone(ZoneOffset.UTC).toLocalDate(), order.total().currency(),
                order.total().amount(), order.quantity());
    }

    /** A show's audience figures count towards its anchor's attractiveness. */
    void onFiguresRecorded(@Observes ShowFiguresRecorded figures) {
        anchors.ensureKnown(figures.anchorId());
        measures.recordFigures(figures);
        recompute(figures.anchorId());
    }

    /** Buyers' "was it as shown?" counts towards the anchor's attractiveness, on the day it was first given. */
    void onFeedback(@Observes FeedbackGiven feedback) {
        int answers = feedback.before() == null ? 1 : 0;
        int yes = (feedback.after().asShown() ? 1 : 0) - (feedback.before() != null && feedback.before().asShown() ? 1 : 0);
        anchors.ensureKnown(feedback.anchorId());
        measures.addFeedback(feedback.anchorId(), feedback.givenAt().atZone(ZoneOffset.UTC).toLocalDate(), answers, yes);
        recompute(feedback.anchorId());
    }

    /** Thresholds may have changed with this deployment: stored tiers are recomputed on their next listing. */
    void onStart(@Observes StartupEvent start) {
        int marked = anchors.invalidateTiers();
        LOG.debugf("Seller tiers: %d stored tiers marked for recomputation", marked);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
