package io.livemart.logistics.tracking.persistence;

import io.livemart.logistics.tracking.TrackingEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrackingEventRepository implements PanacheRepositoryBase<TrackingEvent, UUID> {

    public List<TrackingEvent> ofShipment(UUID shipmentId) {
        return list("shipmentId = ?1 order by occurredAt, receivedAt", shipmentId);
    }
}
