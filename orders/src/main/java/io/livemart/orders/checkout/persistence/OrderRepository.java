package io.livemart.orders.checkout.persistence;

import io.livemart.orders.checkout.Order;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    public Optional<Order> byIdempotencyKey(String buyerId, String key) {
        return find("buyerId = ?1 and idempotencyKey = ?2", buyerId, key).firstResultOptional();
    }

    public List<Order> ofBuyer(String buyerId) {
        return list("buyerId = ?1 order by createdAt desc", buyerId);
    }
}
