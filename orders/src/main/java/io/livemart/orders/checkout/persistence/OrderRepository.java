package io.livemart.orders.checkout.persistence;

import io.livemart.orders.checkout.Order;
import io.livemart.orders.checkout.OrderStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

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
