package io.livemart.logistics.feedback.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.FeedbackGiven;
import io.livemart.core.security.CurrentUser;
import io.livemart.logistics.LogisticsConfig;
import io.livemart.logistics.feedback.Feedback;
import io.livemart.logistics.feedback.api.FeedbackRequest;
import io.livemart.logistics.feedback.persistence.FeedbackRepository;
import io.livemart.orders.checkout.OrderSnapshot;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Buyers rate what they received: once per order (one SKU line), after delivery, editable for a while.
 * Every rating and every edit is announced as {@link FeedbackGiven} so the roll-ups (product rating,
 * merchant score, the anchor's "as shown" measure) follow in the same transaction.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @Inject
    FeedbackRepository feedback;

    @Inject
    Orders orders;

    @Inject
    CurrentUser user;

    @Inject
    LogisticsConfig config;

    @Inject
    Event<FeedbackGiven> given;

    public Feedback rate(FeedbackRequest request) {
        if (request.orderId() == null) {
            throw new io.livemart.core.error.InvalidRequestException("orderId: the order you are rating is required.");
        }
        OrderSnapshot order = orders.order(request.orderId())
                .orElseThrow(() -> new NotFoundException("No order " + request.orderId() + "."));
        user.requireOwner(order.buyerId(), "order");
        if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) {
            throw new ConflictException("You can rate an order once it is delivered; this one is "
                    + order.status().label() + ".");
        }
        if (feedback.existsForOrder(order.id())) {
            throw new ConflictException("You have already rated this order; change your rating instead.");
        }
        Feedback rating = new Feedback();
        rating.id = UUID.randomUUID();
        rating.orderId = order.id();
        rating.buyerId = order.buyerId();
        rating.productId = order.productId();
        rating.merchantId = order.merchantId();
        rating.anchorId = order.anchorId();
        rating.showId = order.showId();
        apply(rating, request);
        rating.createdAt = Instant.now();
        rating.updatedAt = rating.createdAt;
        feedback.persist(rating);
        feedback.flush();
        announce(rating, null);
        return rating;
    }

    /** The buyer changes its feedback, within the edit window. */
    public Feedback edit(UUID id, FeedbackRequest request) {
        Feedback rating = feedback.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No feedback " + id + "."));
        user.requireOwner(rating.buyerId, "feedback");
        if (Instant.now().isAfter(editableUntil(rating))) {
            throw new ConflictException("Feedback can be changed for " + config.feedbackEditWindow().toDays()
                    + " days after it is given; this one can no longer be changed.");
        }
        FeedbackGiven.Ratings before = rating.ratings();
        apply(rating, request);
        rating.updatedAt = Instant.now();
        announce(rating, before);
        return rating;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Feedback mine(UUID id) {
        Feedback rating = feedback.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No feedback " + id + "."));
        user.requireOwner(rating.buyerId, "feedback");
        return rating;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feedback> reviewsOf(UUID productId, int page, int size) {
        return feedback.ofProduct(productId, page, size);
    }

    public Instant editableUntil(Feedback rating) {
        return rating.createdAt.plus(config.feedbackEditWindow());
    }

    private static void apply(Feedback rating, FeedbackRequest request) {
        rating.rating = request.rating();
        rating.comment = request.comment();
        rating.merchantRating = request.merchantRating();
        rating.asShown = request.asShown();
    }

    private void announce(Feedback rating, FeedbackGiven.Ratings before) {
        given.fire(new FeedbackGiven(rating.id, rating.orderId, rating.productId, rating.merchantId, rating.anchorId,
                rating.showId, before, rating.ratings(), rating.createdAt));
    }
}
