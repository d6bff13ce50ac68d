package io.livemart.logistics.tracking.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.ParcelDelivered;
import io.livemart.core.security.CurrentUser;
import io.livemart.logistics.tracking.TrackingEvent;
import io.livemart.logistics.tracking.TrackingEventType;
import io.livemart.logistics.tracking.api.TrackingEventRequest;
import io.livemart.logistics.tracking.api.TrackingEventView;
import io.livemart.logistics.tracking.persistence.TrackingEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    DataSource dataSource;

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

    /**
     * Stores a carrier's event once and moves its parcel on. The webhook is the busiest write of the platform, so this
     * is one plain statement on the transaction's connection, not entity loading (see {@link #STORE}): it finds the
     * parcel, inserts the event unless its id is known ({@code ON CONFLICT DO NOTHING}), and moves the parcel's status
     * with a conditional {@code UPDATE} (only forward by event time, never from a final status), which also makes two
     * events of one parcel posted at once safe: PostgreSQL's row lock orders them and the condition is checked again.
     */
    public Recorded record(String carrier, TrackingEventRequest request) {
        requireCarrier(carrier);
        if (request.type() == TrackingEventType.DELIVERED
                && (isBlank(request.recipientName()) || isBlank(request.photoUrl()))) {
            throw new InvalidRequestException("A delivery needs its proof: recipientName and photoUrl.");
        }
        TrackingEvent event = new TrackingEvent();
        event.id = UUID.randomUUID();
        event.carrier = carrier;
        event.carrierEventId = request.eventId();
        event.type = request.type();
        event.occurredAt = storedPrecision(request.occurredAt());
        event.recipientName = request.recipientName();
        event.photoUrl = request.photoUrl();
        event.location = request.location();
        event.note = request.note();
        event.receivedAt = Instant.now();
        try (Connection db = dataSource.getConnection()) {
            Stored stored = store(db, event, request.trackingNumber());
            if (stored == null) {
                LOG.warnf("Carrier %s posted event %s for unknown tracking number %s", carrier, request.eventId(),
                        request.trackingNumber());
                throw new NotFoundException("No parcel of " + carrier + " has tracking number " + request.trackingNumber() + ".");
            }
            event.shipmentId = stored.shipmentId();
            if (!stored.inserted()) {
                TrackingEvent earlier = events.byCarrierEventId(carrier, request.eventId()).orElseThrow();
                if (!sameEvent(earlier, event.shipmentId, request)) {
                    throw new ConflictException("Event " + request.eventId() + " was already posted with other contents.");
                }
                return new Recorded(earlier, false);
            }
            if (stored.moved() && event.type == TrackingEventType.DELIVERED) {
                delivered.fire(new ParcelDelivered(event.shipmentId, orderIds(db, event.shipmentId), event.occurredAt,
                        event.recipientName));
            }
            recorded.fire(new TrackingEventRecorded(stored.buyerId(), TrackingEventView.of(event)));
            return new Recorded(event, true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record tracking event " + request.eventId() + ": " + e.getMessage(), e);
        }
    }

    /** What {@link #STORE} did: the parcel found, whether the event was inserted and whether it moved the parcel. */
    private record Stored(UUID shipmentId, String buyerId, boolean inserted, boolean moved) {
    }

    /**
     * Find the parcel, insert the event unless the carrier already posted one with its id, and move the parcel's status:
     * the latest event by the carrier's time sets it; a final event (delivered, returned) ends the parcel's journey
     * whatever the carrier's clocks say, and nothing moves a final status. One round trip instead of three (ADR 0020).
     * No row when the carrier has no parcel with that tracking number.
     */
    private static final String STORE = "WITH parcel AS (SELECT id, buyer_id FROM logistics.shipment"
            + " WHERE carrier = ? AND tracking_number = ?),"
            + " stored AS (INSERT INTO logistics.tracking_event (id, shipment_id, carrier, carrier_event_id, type, occurred_at,"
            + " recipient_name, photo_url, location, note, received_at) SELECT ?, parcel.id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM parcel"
            + " ON CONFLICT (carrier, carrier_event_id) DO NOTHING RETURNING shipment_id),"
            + " moved AS (UPDATE logistics.shipment s SET status = ?, status_at = ?, version = s.version + 1,"
            + " delivered_at = CASE WHEN ? THEN ? ELSE s.delivered_at END,"
            + " recipient_name = CASE WHEN ? THEN ? ELSE s.recipient_name END,"
            + " proof_photo_url = CASE WHEN ? THEN ? ELSE s.proof_photo_url END"
            + " FROM stored WHERE s.id = stored.shipment_id AND s.status NOT IN ('DELIVERED', 'RETURNED_TO_SENDER')"
            + " AND (? OR s.status_at IS NULL OR s.status_at < ?) RETURNING s.id)"
            + " SELECT parcel.id, parcel.buyer_id, EXISTS (SELECT 1 FROM stored), EXISTS (SELECT 1 FROM moved) FROM parcel";

    private static Stored store(Connection db, TrackingEvent e, String trackingNumber) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(STORE)) {
            OffsetDateTime at = OffsetDateTime.ofInstant(e.occurredAt, ZoneOffset.UTC);
            boolean delivery = e.type == TrackingEventType.DELIVERED;
            int i = 1;
            q.setString(i++, e.carrier);
            q.setString(i++, trackingNumber);
            q.setObject(i++, e.id);
            q.setString(i++, e.carrier);
            q.setString(i++, e.carrierEventId);
            q.setString(i++, e.type.name());
            q.setObject(i++, at);
            q.setString(i++, e.recipientName);
            q.setString(i++, e.photoUrl);
            q.setString(i++, e.location);
            q.setString(i++, e.note);
            q.setObject(i++, OffsetDateTime.ofInstant(e.receivedAt, ZoneOffset.UTC));
            q.setString(i++, e.type.status.name());
            q.setObject(i++, at);
            q.setBoolean(i++, delivery);
            q.setObject(i++, at);
            q.setBoolean(i++, delivery);
            q.setString(i++, e.recipientName);
            q.setBoolean(i++, delivery);
            q.setString(i++, e.photoUrl);
            q.setBoolean(i++, e.type.status.isFinal());
            q.setObject(i, at);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Stored(r.getObject(1, UUID.class), r.getString(2), r.getBoolean(3), r.getBoolean(4));
            }
        }
    }

    private static List<UUID> orderIds(Connection db, UUID shipmentId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT order_id FROM logistics.shipment_order WHERE shipment_id = ?")) {
            q.setObject(1, shipmentId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            return List.copyOf(ids);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackingEventView> timeline(UUID shipmentId) {
        return events.ofShipment(shipmentId).stream().map(TrackingEventView::of).toList();
    }

    /** PostgreSQL keeps microseconds: compare and store at that precision, or a repeat would look different. */
    private static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean sameEvent(TrackingEvent stored, UUID shipmentId, TrackingEventRequest request) {
        return stored.shipmentId.equals(shipmentId) && stored.type == request.type()
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
