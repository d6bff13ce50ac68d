package io.livemart.logistics.shipment.persistence;

import io.livemart.logistics.shipment.Shipment;
import io.livemart.logistics.shipment.ShipmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, UUID> {

    public Optional<Shipment> byTrackingNumber(String carrier, String trackingNumber) {
        return find("carrier = ?1 and trackingNumber = ?2", carrier, trackingNumber).firstResultOptional();
    }

    /**
     * A carrier's parcels not yet delivered or returned, oldest first. It reads the carrier's parcels through (carrier,
     * tracking_number): the status is not indexed, so that carrier events update a parcel in place (ADR 0022).
     */
    public List<Shipment> inFlight(String carrier) {
        return list("carrier = ?1 and status not in ?2 order by shippedAt", carrier,
                List.of(ShipmentStatus.DELIVERED, ShipmentStatus.RETURNED_TO_SENDER));
    }

    public Optional<Shipment> ofOrder(UUID orderId) {
        return find("select s from Shipment s join s.orderIds o where o = ?1", orderId).firstResultOptional();
    }

    public boolean shipsOrder(UUID orderId) {
        return count("select count(s) from Shipment s join s.orderIds o where o = ?1", orderId) > 0;
    }
}
