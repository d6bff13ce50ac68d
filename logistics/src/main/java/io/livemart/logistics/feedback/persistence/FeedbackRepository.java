package io.livemart.logistics.feedback.persistence;

import io.livemart.logistics.feedback.Feedback;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {

    public boolean existsForOrder(UUID orderId) {
        return count("orderId", orderId) > 0;
    }

    public List<Feedback> ofProduct(UUID productId, int page, int size) {
        return find("productId = ?1 order by createdAt desc", productId).page(Page.of(page, size)).list();
    }
}
