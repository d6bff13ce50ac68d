package io.livemart.orders.checkout.persistence;

import io.livemart.core.money.Money;
import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderStatus;
import io.livemart.orders.checkout.PaymentMethod;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    /** The statuses {@link #deliver} moves on, from the state machine: computed once, not per delivery. */
    private static final List<String> DELIVERABLE = OrderStatus.allowedBefore(OrderStatus.DELIVERED).stream()
            .map(Enum::name).toList();

    /** An order {@link #deliver} moved to DELIVERED, and whether that delivery paid it (cash on delivery). */
    public record Delivered(UUID id, UUID showId, String anchorId, String merchantId, String buyerId, Money total,
            PaymentMethod paymentMethod, boolean paidNow) {
    }

    /**
     * Moves the orders of delivered parcels to DELIVERED in one statement, without loading them: those the state machine
     * lets become delivered, and nothing of the others; cash on delivery is paid at its parcel's delivery time. It
     * answers the orders it moved; the caller compares them with those it asked for. Deliveries are carriers' webhooks,
     * the busiest write of the platform: loading each order and flushing all its columns was two round trips and a
     * full-row update per order (ADR 0022), and one statement per parcel was a round trip per delivery (ADR 0023). The
     * statement names only the orders' table, so it flushes nothing else of the session; an order loaded earlier in the
     * same session is not refreshed by it. The statement has a {@code VALUES} row per order, so each number of orders is
     * a statement of its own for the driver's and Hibernate's caches: a tracking batch holds at most 64 events.
     *
     * @param deliveredAt each order and when its parcel was delivered
     */
    @SuppressWarnings("unchecked")
    public List<Delivered> deliver(Map<UUID, Instant> deliveredAt) {
        if (deliveredAt.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < deliveredAt.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(cast(:id").append(i).append(" as uuid), cast(:at").append(i)
                    .append(" as timestamptz))");
        }
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery("update orders.customer_order o set status = :delivered,"
                + " updated_at = :now, version = o.version + 1, paid_at = case when o.payment_method = :cod"
                + " and o.paid_at is null then d.at else o.paid_at end from orders.customer_order prior, (values " + values
                + ") as d(id, at) where prior.id = o.id and o.id = d.id and o.status in (:from) returning o.id, o.show_id,"
                + " o.anchor_id, o.merchant_id, o.buyer_id, o.total_amount, o.currency, o.payment_method,"
                + " o.payment_method = :cod and prior.paid_at is null")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Order.class)
                .setParameter("delivered", OrderStatus.DELIVERED.name()).setParameter("now", Instant.now())
                .setParameter("cod", PaymentMethod.CASH_ON_DELIVERY.name())
                .setParameterList("from", DELIVERABLE);
        int i = 0;
        for (Map.Entry<UUID, Instant> e : deliveredAt.entrySet()) {
            query.setParameter("id" + i, e.getKey()).setParameter("at" + i, e.getValue());
            i++;
        }
        return query.getResultList().stream().map(r -> new Delivered((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], new Money((BigDecimal) r[5], (String) r[6]), PaymentMethod.valueOf((String) r[7]), (Boolean) r[8]))
                .toList();
    }

    public Optional<Order> byIdempotencyKey(String buyerId, String key) {
        return find("buyerId = ?1 and idempotencyKey = ?2", buyerId, key).firstResultOptional();
    }

    public Optional<Order> byPaymentReference(String provider, String reference) {
        return find("paymentProvider = ?1 and paymentReference = ?2", provider, reference).firstResultOptional();
    }

    public List<Order> ofBuyer(String buyerId, OrderStatus status) {
        return status == null ? list("buyerId = ?1 order by createdAt desc", buyerId)
                : list("buyerId = ?1 and status = ?2 order by createdAt desc", buyerId, status);
    }

    public List<Order> ofMerchant(String merchantId, UUID showId, OrderStatus status) {
        StringBuilder q = new StringBuilder("merchantId = :merchant");
        Parameters p = Parameters.with("merchant", merchantId);
        if (showId != null) {
            q.append(" and showId = :show");
            p.and("show", showId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return list(q + " order by createdAt desc", p);
    }

    public List<Order> ofAnchor(String anchorId, UUID showId) {
        return showId == null ? list("anchorId = ?1 order by createdAt", anchorId)
                : list("anchorId = ?1 and showId = ?2 order by createdAt", anchorId, showId);
    }

    public List<UUID> expiredBy(Instant now, int max) {
        return getEntityManager().createQuery("select o.id from CustomerOrder o where o.status = :status"
                + " and o.reservedUntil < :now order by o.reservedUntil", UUID.class)
                .setParameter("status", OrderStatus.AWAITING_PAYMENT).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }
}
