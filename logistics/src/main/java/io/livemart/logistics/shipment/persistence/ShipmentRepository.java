package io.livemart.logistics.shipment.persistence;

import io.livemart.logistics.shipment.Shipment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, UUID> {

    public Optional<Shipment> byTrackingNumber(String carrier, String trackingNumber) {
        return find("carrier = ?1 and trackingNumber = ?2", carrier, trackingNumber).firstResultOptional();
    }

    public boolean shipsOrder(UUID orderId) {
        return count("select count(s) from Shipment s join s.orderIds o where o = ?1", orderId) > 0;
    }
}
