package io.livemart.logistics.tracking.service;

import io.livemart.logistics.tracking.api.TrackingEventView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.UUID;

/**
 * Live tracking timelines: every stored event is pushed, once its transaction has committed, to the open
 * timelines of its parcel on this instance. (Across instances the same feed goes through Redis pub/sub, as
 * the room channel does.)
 */
@ApplicationScoped
public class TrackingFeed {

    private final BroadcastProcessor<TrackingEventView> events = BroadcastProcessor.create();

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrackingService.TrackingEventRecorded recorded) {
        events.onNext(recorded.event());
    }

    /** The events of one parcel from now on. */
    public Multi<TrackingEventView> of(UUID shipmentId) {
        return events.filter(event -> event.shipmentId().equals(shipmentId));
    }
}
