package io.livemart.orders.checkout.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.money.Money;
import io.livemart.core.events.OrderPlaced;
import io.livemart.core.events.ParcelDelivered;
import io.livemart.core.events.ParcelShipped;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.selection.Selections;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderSnapshot;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.Orders;
import io.livemart.orders.checkout.PaymentMethod;
import io.livemart.orders.checkout.api.BuyRequest;
import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.stock.LiveStock;
import io.livemart.streaming.show.ShowSnapshot;
import io.livemart.streaming.show.Shows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** One-tap buy during a live show, and the order's life after it. */
@ApplicationScoped
@Transactional
public class OrderService implements Orders {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    /** The order and whether it was created now or found as the answer to an earlier identical request. */
    public record Placed(Order order, boolean created) {
    }

    @Inject
    OrderRepository orders;

    @Inject
    Shows shows;

    @Inject
    Catalog catalog;

    @Inject
    Selections selections;

    @Inject
    LiveStock liveStock;

    @Inject
    CurrentUser user;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    Event<OrderPlaced> placed;

    /**
     * Reserves the units in Redis, then records the order. A retry with the same key and body answers the
     * same order; the same key with another body is refused. If the order cannot be committed the
     * reservation is given back, so no unit is held without an order.
     */
    public Placed place(BuyRequest request, String idempotencyKey) {
        String buyerId = user.id();
        String fingerprint = fingerprint(request);
        Optional<Order> earlier = orders.byIdempotencyKey(buyerId, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestFingerprint.equals(fingerprint)) {
                throw new ConflictException("This Idempotency-Key was already used for a different order.");
            }
            return new Placed(earlier.get(), false);
        }
        ShowSnapshot show = shows.show(request.showId())
                .orElseThrow(() -> new NotFoundException("No show " + request.showId() + "."));
        if (!show.isLive()) {
            throw new ConflictException("The show is not live; you can buy only while it is on air.");
        }
        SkuSnapshot sku = catalog.sku(request.skuId())
                .orElseThrow(() -> new NotFoundException("No SKU " + request.skuId() + "."));
        if (!show.lineup().contains(sku.productId())) {
            throw new ConflictException("This product is not in the show's line-up.");
        }
        BigDecimal commission = selections.commissionFor(show.anchorId(), sku.productId()).orElse(BigDecimal.ZERO);

        liveStock.reserve(show.id(), sku.id(), buyerId, request.quantity());
        transaction.registerInterposedSynchronization(new ReleaseOnRollback(show.id(), sku.id(), buyerId,
                request.quantity()));

        Order order = new Order();
        order.id = UUID.randomUUID();
        order.buyerId = buyerId;
        order.showId = show.id();
        order.anchorId = show.anchorId();
        order.merchantId = sku.merchantId();
        order.productId = sku.productId();
        order.skuId = sku.id();
        order.skuCode = sku.code();
        order.productName = sku.label();
        order.commissionRate = commission;
        order.quantity = request.quantity();
        order.unitAmount = sku.price().amount();
        order.totalAmount = sku.price().amount().multiply(BigDecimal.valueOf(request.quantity()));
        order.currency = sku.price().currency();
        order.paymentMethod = request.payment();
        order.status = request.payment() == PaymentMethod.CASH_ON_DELIVERY ? OrderStatus.CONFIRMED
                : OrderStatus.AWAITING_PAYMENT;
        order.idempotencyKey = idempotencyKey;
        order.requestFingerprint = fingerprint;
        order.createdAt = Instant.now();
        order.updatedAt = order.createdAt;
        orders.persist(order);
        orders.flush();
        placed.fire(new OrderPlaced(order.id, order.showId, order.anchorId, order.merchantId, buyerId, order.productId,
                order.quantity, new Money(order.totalAmount, order.currency), order.createdAt));
        return new Placed(order, true);
    }

    /** An order, for its buyer, its merchant or staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Order get(UUID id) {
        Order order = orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No order " + id + "."));
        if (!user.isStaff() && !user.id().equals(order.merchantId)) {
            user.requireOwner(order.buyerId, "order");
        }
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Order> mine() {
        return orders.ofBuyer(user.id());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderSnapshot> order(UUID orderId) {
        return orders.findByIdOptional(orderId).map(Order::snapshot);
    }

    void onShipped(@Observes ParcelShipped event) {
        move(event.orderIds(), OrderStatus.SHIPPED);
    }

    void onDelivered(@Observes ParcelDelivered event) {
        move(event.orderIds(), OrderStatus.DELIVERED);
    }

    private void move(List<UUID> orderIds, OrderStatus next) {
        for (UUID id : orderIds) {
            orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No order " + id + ".")).moveTo(next);
        }
    }

    private static String fingerprint(BuyRequest request) {
        String canonical = request.showId() + "|" + request.skuId() + "|" + request.quantity() + "|" + request.payment();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives reserved units back when the order's transaction does not commit. */
    private final class ReleaseOnRollback implements Synchronization {
        private final UUID showId;
        private final UUID skuId;
        private final String buyerId;
        private final int units;

        ReleaseOnRollback(UUID showId, UUID skuId, String buyerId, int units) {
            this.showId = showId;
            this.skuId = skuId;
            this.buyerId = buyerId;
            this.units = units;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    liveStock.release(showId, skuId, buyerId, units);
                } catch (RuntimeException e) {
                    LOG.errorf("Could not release %d units of SKU %s in show %s for %s: %s", units, skuId, showId,
                            buyerId, e.getMessage());
                }
            }
        }
    }
}
