package io.livemart.core.catalog.service;

import io.livemart.core.events.FeedbackGiven;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Buyers' feedback rolls up into the product's rating and the merchant's score, in the feedback's
 * transaction. Atomic increments, outside the entities' versions: a rating arriving while the merchant
 * edits the product must not make the merchant's edit a conflict.
 */
@ApplicationScoped
public class RatingRollup {

    @Inject
    EntityManager em;

    void onFeedback(@Observes FeedbackGiven feedback) {
        FeedbackGiven.Ratings before = feedback.before();
        FeedbackGiven.Ratings after = feedback.after();
        int added = before == null ? 1 : 0;
        em.createNativeQuery("update core.product set rating_count = rating_count + :added, "
                + "rating_sum = rating_sum + :delta where id = :id")
                .setParameter("added", added)
                .setParameter("delta", after.item() - (before == null ? 0 : before.item()))
                .setParameter("id", feedback.productId())
                .executeUpdate();
        em.createNativeQuery("update core.store set score_count = score_count + :added, "
                + "score_sum = score_sum + :delta where merchant_id = :merchant")
                .setParameter("added", added)
                .setParameter("delta", after.merchant() - (before == null ? 0 : before.merchant()))
                .setParameter("merchant", feedback.merchantId())
                .executeUpdate();
    }
}
