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

/** Carriers' reports about their parcels: stored once, moving the parcel forward only. */
@ApplicationScoped
@Transactional
public class TrackingService {

    private static final Logger LOG = Logger.getLogger(TrackingService.class);
    /** A carrier's service account in Keycloak is named after its code. */
    public static final String CARRIER_CLIENT_PREFIX = "carrier-";

    /** The stored event and whether this post created it (false: a repeat of an event already stored). */
    public record Recorded(TrackingEvent event, boolean created) {
    }

    @Inject
    ShipmentRepository shipments;

    @Inject
    TrackingEventRepository events;

    @Inject
    CurrentUser user;

    @Inject
    Event<ParcelDelivered> delivered;

    public Recorded record(String carrier, TrackingEventRequest request) {
        if (!(CARRIER_CLIENT_PREFIX + carrier).equals(user.clientId())) {
            throw new ForbiddenException("Your service account may post events for its own carrier only.");
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
        if (request.type() == TrackingEventType.DELIVERED
                && (request.recipientName() == null || request.recipientName().isBlank())) {
            throw new InvalidRequestException("recipientName: a delivery needs the name of who received the parcel.");
        }
        TrackingEvent event = new TrackingEvent();
        event.id = UUID.randomUUID();
        event.shipmentId = shipment.id;
        event.carrier = carrier;
        event.carrierEventId = request.eventId();
        event.type = request.type();
        event.occurredAt = storedPrecision(request.occurredAt());
        event.recipientName = request.recipientName();
        event.receivedAt = Instant.now();
        events.persist(event);
        advance(shipment, event);
        return new Recorded(event, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackingEventView> timeline(UUID shipmentId) {
        return events.ofShipment(shipmentId).stream().map(TrackingEventView::of).toList();
    }

    /** The parcel's status only moves forward; an older event still joins the timeline. */
    private void advance(Shipment shipment, TrackingEvent event) {
        ShipmentStatus next = event.type.status;
        if (!shipment.status.isBefore(next)) {
            return;
        }
        shipment.status = next;
        if (next == ShipmentStatus.DELIVERED) {
            shipment.deliveredAt = event.occurredAt;
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
                && Objects.equals(stored.recipientName, request.recipientName());
    }
}
