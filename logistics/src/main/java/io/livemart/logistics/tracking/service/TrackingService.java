package io.livemart.logistics.tracking.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.ParcelDelivered;
import io.livemart.core.security.CurrentUser;
import io.livemart.logistics.shipment.Shipment;
import io.livemart.logistics.shipment.ShipmentStatus;
import io.livemart.logistics.shipment.persistence.ShipmentRepository;
import io.livemart.logistics.tracking.TrackingEvent;
import io.livemart.logistics.tracking.TrackingEventType;
import io.livemart.logistics.tracking.api.TrackingEventRequest;
import io.livemart.logistics.tracking.api.TrackingEventView;
import io.livemart.logistics.tracking.persistence.TrackingEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Carriers' reports about their parcels. Each event is stored once (by the carrier's event id); the parcel's
 * status follows the latest event by the carrier's own time, so a late older event joins the timeline
 * without moving the parcel back; delivered and returned are final.
 */
@ApplicationScoped
@Transactional
public class TrackingService {

    private static final Logger LOG = Logger.getLogger(TrackingService.class);
    /** A carrier's service account in Keycloak is named after its code. */
    public static final String CARRIER_CLIENT_PREFIX = "carrier-";

    /** The stored event and whether this post created it (false: a repeat of an event already stored). */
    public record Recorded(TrackingEvent event, boolean created) {
    }

    /** Fired when an event is stored, for live timelines (delivered after the transaction commits). */
    public record TrackingEventRecorded(String buyerId, TrackingEventView event) {
    }

    @Inject
    ShipmentRepository shipments;

    @Inject
    TrackingEventRepository events;

    @Inject
    CurrentUser user;

    @Inject
    Event<ParcelDelivered> delivered;

    @Inject
    Event<TrackingEventRecorded> recorded;

    /** Refuses with 403 unless the caller is the carrier's own service account. */
    public void requireCarrier(String carrier) {
        if (!(CARRIER_CLIENT_PREFIX + carrier).equals(user.clientId())) {
            throw new ForbiddenException("Your service account may act for its own carrier only.");
        }
    }

    public Recorded record(String carrier, TrackingEventRequest request) {
        requireCarrier(carrier);
        if (request.type() == TrackingEventType.DELIVERED
                && (isBlank(request.recipientName()) || isBlank(request.photoUrl()))) {
            throw new InvalidRequestException("A delivery needs its proof: recipientName and photoUrl.");
        }
        Shipment shipment = shipments.byTrackingNumber(carrier, request.trackingNumber()).orElseThrow(() -> {
            LOG.warnf("Carrier %s posted event %s for unknown tracking number %s", carrier, request.eventId(),
                    request.trackingNumber());
            return new NotFoundException("No parcel of " + carrier + " has tracking number " + request.trackingNumber() + ".");
        });
        Optional<TrackingEvent> earlier = events.byCarrierEventId(carrier, request.eventId());
        if (earlier.isPresent()) {
            TrackingEvent stored = earlier.get();
            if (!sameEvent(stored, shipment, request)) {
                throw new ConflictException("Event " + request.eventId() + " was already posted with other contents.");
            }
            return new Recorded(stored, false);
        }
        TrackingEvent event = new TrackingEvent();
        event.id = UUID.randomUUID();
        event.shipmentId = shipment.id;
        event.carrier = carrier;
        event.carrierEventId = request.eventId();
        event.type = request.type();
        event.occurredAt = storedPrecision(request.occurredAt());
        event.recipientName = request.recipientName();
        event.photoUrl = request.photoUrl();
        event.location = request.location();
        event.note = request.note();
        event.receivedAt = Instant.now();
        events.persist(event);
        advance(shipment, event);
        recorded.fire(new TrackingEventRecorded(shipment.buyerId, TrackingEventView.of(event)));
        return new Recorded(event, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackingEventView> timeline(UUID shipmentId) {
        return events.ofShipment(shipmentId).stream().map(TrackingEventView::of).toList();
    }

    /**
     * The latest event by the carrier's time sets the status; a final event (delivered, returned) ends the
     * parcel's journey whatever the carrier's clocks say, and nothing moves a final status.
     */
    private void advance(Shipment shipment, TrackingEvent event) {
        boolean later = shipment.statusAt == null || event.occurredAt.isAfter(shipment.statusAt);
        if (shipment.status.isFinal() || !(later || event.type.status.isFinal())) {
            return;
        }
        shipment.status = event.type.status;
        shipment.statusAt = event.occurredAt;
        if (event.type == TrackingEventType.DELIVERED) {
            shipment.deliveredAt = event.occurredAt;
            shipment.recipientName = event.recipientName;
            shipment.proofPhotoUrl = event.photoUrl;
            delivered.fire(new ParcelDelivered(shipment.id, List.copyOf(shipment.orderIds), event.occurredAt,
                    event.recipientName));
        }
    }

    /** PostgreSQL keeps microseconds: compare and store at that precision, or a repeat would look different. */
    private static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean sameEvent(TrackingEvent stored, Shipment shipment, TrackingEventRequest request) {
        return stored.shipmentId.equals(shipment.id) && stored.type == request.type()
                && stored.occurredAt.equals(storedPrecision(request.occurredAt()))
                && Objects.equals(stored.recipientName, request.recipientName())
                && Objects.equals(stored.photoUrl, request.photoUrl())
                && Objects.equals(stored.location, request.location())
                && Objects.equals(stored.note, request.note());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
