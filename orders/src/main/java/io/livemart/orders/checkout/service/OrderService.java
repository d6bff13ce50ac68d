package io.livemart.orders.checkout.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.core.events.FlashSaleSoldOut;
import io.livemart.core.events.OrderCancelled;
import io.livemart.core.events.OrderPaid;
import io.livemart.core.events.OrderPlaced;
import io.livemart.core.events.ParcelDelivered;
import io.livemart.core.events.ParcelsDelivered;
import io.livemart.core.events.ParcelShipped;
import io.livemart.core.money.Money;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.security.Roles;
import io.livemart.core.selection.Selections;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderSnapshot;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.Orders;
import io.livemart.orders.checkout.PaymentMethod;
import io.livemart.orders.checkout.RefundStatus;
import io.livemart.orders.checkout.api.BuyRequest;
import io.livemart.orders.checkout.api.MerchantShowSales;
import io.livemart.orders.checkout.persistence.OrderRepository;
import io.livemart.orders.payment.PaymentProvider;
import io.livemart.orders.payment.PaymentProviders;
import io.livemart.orders.stock.SaleLot;
import io.livemart.orders.stock.SaleLots;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.livemart.streaming.show.ShowSnapshot;
import io.livemart.streaming.show.Shows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** One-tap buy during a live show, and the order's life after it: payment, pick-up, cancellation, expiry. */
@ApplicationScoped
@Transactional
public class OrderService implements Orders {

    /** The order, whether it was created now, and where to pay it online (only when created now). */
    public record Placed(Order order, boolean created, String checkoutUrl) {
    }

    @Inject
    OrderRepository orders;

    @Inject
    SaleLotRepository lots;

    @Inject
    SaleLots saleLots;

    @Inject
    Shows shows;

    @Inject
    Catalog catalog;

    @Inject
    Selections selections;

    @Inject
    CurrentUser user;

    @Inject
    OrdersConfig config;

    @Inject
    PaymentProviders payments;

    @Inject
    Event<OrderPlaced> placed;

    @Inject
    Event<OrderPaid> paid;

    @Inject
    Event<OrderCancelled> cancelled;

    @Inject
    Event<FlashSaleSoldOut> soldOut;

    /**
     * Reserves the units in Redis (one Lua script), then records the order. A retry with the same key and body answers
     * the same order; the same key with another body is refused. If the order cannot be committed the reservation is
     * given back, so no unit is held without an order. The transaction is short-lived by design (see ADR 0010).
     * <p>
     * What the buy reads comes first, outside the transaction (each read on a pooled connection only while it runs: a
     * read-committed transaction would see no more). The transaction starts with the reservation and takes its
     * connection at its first write, so a buy waiting for Redis's answer, which an event loop busy with refusals
     * delivers late, holds no database connection meanwhile (ADR 0024).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Placed place(BuyRequest request, String idempotencyKey) {
        String buyerId = user.id();
        String fingerprint = fingerprint(request);
        Optional<Order> earlier = orders.byIdempotencyKey(buyerId, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestFingerprint.equals(fingerprint)) {
                throw new ConflictException("This Idempotency-Key was already used for a different order.");
            }
            return new Placed(earlier.get(), false, null);
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
        SaleLot lot = lotFor(request, show, sku);
        BigDecimal commission = selections.commissionFor(show.anchorId(), sku.productId()).orElse(BigDecimal.ZERO);
        Money unitPrice = lot.kind == SaleLot.Kind.FLASH ? new Money(lot.unitAmount, lot.currency) : sku.price();

        return QuarkusTransaction.joiningExisting().timeout(10)
                .call(() -> record(request, idempotencyKey, fingerprint, buyerId, show, sku, lot, commission, unitPrice));
    }

    /** The buy's transaction: the reservation, then the order and what it sets off. */
    private Placed record(BuyRequest request, String idempotencyKey, String fingerprint, String buyerId, ShowSnapshot show,
            SkuSnapshot sku, SaleLot lot, BigDecimal commission, Money unitPrice) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        long left = saleLots.reserve(lot, order.id, buyerId, request.quantity(), idempotencyKey);

        order.buyerId = buyerId;
        order.showId = show.id();
        order.anchorId = show.anchorId();
        order.merchantId = sku.merchantId();
        order.productId = sku.productId();
        order.skuId = sku.id();
        order.skuCode = sku.code();
        order.productName = sku.label();
        order.lotId = lot.id;
        order.marketingModes = marketingModes(show);
        order.commissionRate = commission;
        order.quantity = request.quantity();
        order.unitAmount = unitPrice.amount();
        order.totalAmount = unitPrice.amount().multiply(BigDecimal.valueOf(request.quantity()));
        order.currency = unitPrice.currency();
        order.paymentMethod = request.payment();
        order.createdAt = Instant.now();
        order.updatedAt = order.createdAt;
        order.status = switch (request.payment()) {
            case ONLINE -> OrderStatus.AWAITING_PAYMENT;
            case CASH_ON_DELIVERY -> OrderStatus.CONFIRMED;
            case PICKUP_IN_STORE -> OrderStatus.READY_FOR_PICKUP;
        };
        String checkoutUrl = null;
        if (request.payment() == PaymentMethod.ONLINE) {
            order.reservedUntil = order.createdAt.plus(config.reservationTtl());
            PaymentProvider provider = payments.current();
            PaymentProvider.Checkout checkout = provider.start(order.id, new Money(order.totalAmount, order.currency));
            order.paymentProvider = provider.name();
            order.paymentReference = checkout.reference();
            checkoutUrl = checkout.checkoutUrl();
        }
        order.idempotencyKey = idempotencyKey;
        order.requestFingerprint = fingerprint;
        orders.persist(order);
        try {
            orders.flush();
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException) {
                throw e;
            }
            throw new ServiceUnavailableException("The order could not be recorded now; nothing was reserved. Try again.", e);
        }
        placed.fire(new OrderPlaced(order.id, order.showId, order.anchorId, order.merchantId, buyerId, order.productId,
                order.quantity, new Money(order.totalAmount, order.currency), order.createdAt));
        if (lot.kind == SaleLot.Kind.FLASH && left == 0) {
            soldOut.fire(new FlashSaleSoldOut(lot.id, lot.showId, lot.skuId, Instant.now()));
        }
        return new Placed(order, true, checkoutUrl);
    }

    private SaleLot lotFor(BuyRequest request, ShowSnapshot show, SkuSnapshot sku) {
        if (request.flashSaleId() == null) {
            return lots.lineup(show.id(), sku.id()).filter(SaleLot::isOpen)
                    .orElseThrow(() -> new ConflictException("This SKU is not on sale in this show."));
        }
        SaleLot lot = lots.findByIdOptional(request.flashSaleId()).filter(l -> l.kind == SaleLot.Kind.FLASH)
                .orElseThrow(() -> new NotFoundException("No flash sale " + request.flashSaleId() + "."));
        if (!lot.showId.equals(show.id()) || !lot.skuId.equals(sku.id())) {
            throw new ConflictException("This flash sale sells another SKU or belongs to another show.");
        }
        if (!lot.isOpen() || !lot.endsAt.isAfter(Instant.now())) {
            throw new ConflictException("This flash sale has ended.");
        }
        return lot;
    }

    /** The show's marketing modes, recorded on the order so that reports can tell which modes convert best. */
    static String marketingModes(ShowSnapshot show) {
        return show.marketingModes().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    /** Cancels an order before it ships: its units go back, and a paid order is refunded. */
    public Order cancel(UUID id) {
        Order order = orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No order " + id + "."));
        if (!user.isStaff() && !user.id().equals(order.merchantId)) {
            user.requireOwner(order.buyerId, "order");
        }
        close(order, OrderStatus.CANCELLED, user.id().equals(order.buyerId) ? "cancelled by the buyer"
                : user.id().equals(order.merchantId) ? "cancelled by the merchant" : "cancelled by staff");
        return order;
    }

    /** Expires one unpaid order whose reservation ran out (the scheduled sweep calls this, one order per transaction). */
    public boolean expire(UUID id) {
        Order order = orders.findById(id);
        if (order == null || order.status != OrderStatus.AWAITING_PAYMENT || order.reservedUntil.isAfter(Instant.now())) {
            return false;
        }
        close(order, OrderStatus.EXPIRED, "the reservation ran out before payment");
        return true;
    }

    private void close(Order order, OrderStatus next, String reason) {
        boolean wasPaid = order.status == OrderStatus.PAID;
        order.moveTo(next);
        order.closedAt = Instant.now();
        order.closeReason = reason;
        saleLots.giveBack(order.lotId, order.id, order.buyerId, order.quantity);
        if (wasPaid) {
            refund(order, reason);
        }
        cancelled.fire(new OrderCancelled(order.id, order.showId, order.anchorId, order.merchantId, order.buyerId,
                order.productId, order.quantity, new Money(order.totalAmount, order.currency), next == OrderStatus.EXPIRED,
                wasPaid, order.closedAt));
    }

    private void refund(Order order, String reason) {
        PaymentProvider.Refund refund = payments.named(order.paymentProvider).refund(order.paymentReference,
                new Money(order.totalAmount, order.currency), reason);
        order.refundReference = refund.reference();
        order.refundStatus = refund.completed() ? RefundStatus.REFUNDED : RefundStatus.PENDING;
        order.refundedAt = refund.completed() ? Instant.now() : null;
    }

    /**
     * The provider reports the money arrived. An order awaiting payment becomes paid; an order that expired or was
     * cancelled meanwhile keeps its state and the payment is refunded at once, so no payment is kept without goods.
     */
    public String paid(Order order, Instant at) {
        if (order.paidAt != null) {
            return "already paid";
        }
        order.paidAt = at;
        if (order.status == OrderStatus.AWAITING_PAYMENT) {
            order.moveTo(OrderStatus.PAID);
            order.reservedUntil = null;
            firePaid(order, at);
            return "paid";
        }
        if (!order.status.holdsStock()) {
            refund(order, "paid after the order was " + order.status.label());
            order.updatedAt = Instant.now();
            return "paid after " + order.status.label() + "; refunded";
        }
        throw new ConflictException("An order that is " + order.status.label() + " cannot be paid online.");
    }

    public String refunded(Order order, Instant at) {
        if (order.refundStatus == null) {
            throw new ConflictException("No refund was asked for this order.");
        }
        order.refundStatus = RefundStatus.REFUNDED;
        order.refundedAt = at;
        return "refunded";
    }

    /** The merchant hands a pick-up order to the buyer in the store, who pays there. */
    public Order collected(UUID id) {
        Order order = orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No order " + id + "."));
        user.requireOwner(order.merchantId, "order");
        if (order.paymentMethod != PaymentMethod.PICKUP_IN_STORE) {
            throw new ConflictException("Only a pick-up order can be marked collected.");
        }
        order.moveTo(OrderStatus.COMPLETED);
        order.paidAt = Instant.now();
        firePaid(order, order.paidAt);
        return order;
    }

    /** The buyer confirms a delivered order was received as expected. */
    public Order received(UUID id) {
        Order order = orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No order " + id + "."));
        user.requireOwner(order.buyerId, "order");
        order.moveTo(OrderStatus.COMPLETED);
        return order;
    }

    private void firePaid(Order order, Instant at) {
        firePaid(order.id, order.showId, order.anchorId, order.merchantId, order.buyerId,
                new Money(order.totalAmount, order.currency), order.paymentMethod, at);
    }

    private void firePaid(UUID id, UUID showId, String anchorId, String merchantId, String buyerId, Money total,
            PaymentMethod method, Instant at) {
        paid.fire(new OrderPaid(id, showId, anchorId, merchantId, buyerId, total, method.name(), at));
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
    public List<Order> mine(OrderStatus status) {
        return orders.ofBuyer(user.id(), status);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Order> ofMerchant(UUID showId, OrderStatus status) {
        return orders.ofMerchant(user.id(), showId, status);
    }

    /** The caller's store's sales per show (of one show, or all), newest show first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MerchantShowSales> merchantSales(UUID showId) {
        Map<UUID, List<Order>> byShow = new LinkedHashMap<>();
        orders.ofMerchant(user.id(), showId, null).forEach(o -> byShow.computeIfAbsent(o.showId, k -> new ArrayList<>()).add(o));
        Map<UUID, Optional<Money>> costs = new HashMap<>();
        return byShow.entrySet().stream().map(e -> {
            List<Order> all = e.getValue();
            List<Order> live = all.stream().filter(o -> o.status.holdsStock()).toList();
            String currency = all.get(0).currency;
            BigDecimal gmv = live.stream().map(o -> o.totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal commission = live.stream().map(o -> o.totalAmount.multiply(o.commissionRate)
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal cost = BigDecimal.ZERO;
            for (Order o : live) {
                Optional<Money> unit = costs.computeIfAbsent(o.skuId, id -> catalog.sku(id).map(SkuSnapshot::costPrice));
                if (cost == null || unit.isEmpty() || !unit.get().currency().equals(currency)) {
                    cost = null;
                } else {
                    cost = cost.add(unit.get().amount().multiply(BigDecimal.valueOf(o.quantity)));
                }
            }
            BigDecimal payout = gmv.subtract(commission);
            Map<OrderStatus, Long> byStatus = new TreeMap<>();
            all.forEach(o -> byStatus.merge(o.status, 1L, Long::sum));
            ShowSnapshot show = shows.show(e.getKey()).orElse(null);
            return new MerchantShowSales(e.getKey(), show == null ? null : show.title(), all.get(0).anchorId, live.size(),
                    live.stream().mapToInt(o -> o.quantity).sum(), new Money(gmv, currency), new Money(commission, currency),
                    new Money(payout, currency), cost == null ? null : new Money(cost, currency),
                    cost == null ? null : new Money(payout.subtract(cost), currency), byStatus);
        }).toList();
    }

    /** An anchor's orders, of one show or all; an anchor sees only its own shows' sales. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Order> ofAnchor(UUID showId) {
        if (showId != null && !user.isStaff()) {
            ShowSnapshot show = shows.show(showId).orElseThrow(() -> new NotFoundException("No show " + showId + "."));
            if (!show.anchorId().equals(user.id())) {
                throw new ForbiddenException("This show belongs to someone else.");
            }
            return orders.ofAnchor(user.id(), showId);
        }
        if (user.hasRole(Roles.ANCHOR)) {
            return orders.ofAnchor(user.id(), showId);
        }
        return showId == null ? List.of() : orders.list("showId", showId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderSnapshot> order(UUID orderId) {
        return orders.findByIdOptional(orderId).map(Order::snapshot);
    }

    void onShipped(@Observes ParcelShipped event) {
        for (Order order : ordersOf(event.orderIds())) {
            order.moveTo(OrderStatus.SHIPPED);
        }
    }

    /**
     * Delivered: cash on delivery is paid now. The orders of all the parcels written together move in one statement;
     * when one of them cannot become delivered (cancelled meanwhile, say), the delivery is refused with the state
     * machine's own reason, and the caller's transaction, which rolls back, undoes the others.
     */
    void onDelivered(@Observes ParcelsDelivered event) {
        Map<UUID, Instant> deliveredAt = new HashMap<>();
        for (ParcelDelivered parcel : event.parcels()) {
            parcel.orderIds().forEach(id -> deliveredAt.put(id, parcel.deliveredAt()));
        }
        List<OrderRepository.Delivered> moved = orders.deliver(deliveredAt);
        if (moved.size() != deliveredAt.size()) {
            Set<UUID> done = moved.stream().map(OrderRepository.Delivered::id).collect(Collectors.toSet());
            for (Order order : ordersOf(deliveredAt.keySet().stream().filter(id -> !done.contains(id)).toList())) {
                order.moveTo(OrderStatus.DELIVERED); // throws: the statement moves every order that may move
            }
            throw new IllegalStateException("Orders " + deliveredAt.keySet() + " could not all be delivered.");
        }
        for (OrderRepository.Delivered d : moved) {
            if (d.paidNow()) {
                firePaid(d.id(), d.showId(), d.anchorId(), d.merchantId(), d.buyerId(), d.total(), d.paymentMethod(),
                        deliveredAt.get(d.id()));
            }
        }
    }

    private List<Order> ordersOf(List<UUID> orderIds) {
        return orderIds.stream()
                .map(id -> orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No order " + id + ".")))
                .toList();
    }

    private static String fingerprint(BuyRequest request) {
        String canonical = request.showId() + "|" + request.skuId() + "|" + request.quantity() + "|" + request.payment()
                + (request.flashSaleId() == null ? "" : "|" + request.flashSaleId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
