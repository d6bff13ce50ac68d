package io.livemart.logistics.feedback.persistence;

import io.livemart.logistics.feedback.Feedback;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {

    public boolean existsForOrder(UUID orderId) {
        return count("orderId", orderId) > 0;
    }
}
