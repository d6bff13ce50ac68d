package io.livemart.logistics.feedback.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import io.livemart.logistics.feedback.Feedback;
import io.livemart.logistics.feedback.api.FeedbackRequest;
import io.livemart.logistics.feedback.persistence.FeedbackRepository;
import io.livemart.orders.checkout.OrderSnapshot;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Buyers rate what they received, once per order, after delivery. */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @Inject
    FeedbackRepository feedback;

    @Inject
    Orders orders;

    @Inject
    CurrentUser user;

    public Feedback rate(FeedbackRequest request) {
        OrderSnapshot order = orders.order(request.orderId())
                .orElseThrow(() -> new NotFoundException("No order " + request.orderId() + "."));
        user.requireOwner(order.buyerId(), "order");
        if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) {
            throw new ConflictException("You can rate an order once it is delivered; this one is "
                    + order.status().label() + ".");
        }
        if (feedback.existsForOrder(order.id())) {
            throw new ConflictException("You have already rated this order.");
        }
        Feedback rating = new Feedback();
        rating.id = UUID.randomUUID();
        rating.orderId = order.id();
        rating.buyerId = order.buyerId();
        rating.productId = order.productId();
        rating.merchantId = order.merchantId();
        rating.anchorId = order.anchorId();
        rating.rating = request.rating();
        rating.comment = request.comment();
        rating.createdAt = Instant.now();
        feedback.persist(rating);
        return rating;
    }
}
