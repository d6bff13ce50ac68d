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
     * is three plain statements on the transaction's connection, not entity loading: find the parcel, insert the
     * event unless its id is known ({@code ON CONFLICT DO NOTHING}), and move the parcel's status with a conditional
     * {@code UPDATE} (only forward by event time, never from a final status), which also makes two events of one
     * parcel posted at once safe: PostgreSQL's row lock orders them and the condition is checked again.
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
            String buyerId;
            try (PreparedStatement find = db.prepareStatement(
                    "SELECT id, buyer_id FROM logistics.shipment WHERE carrier = ? AND tracking_number = ?")) {
                find.setString(1, carrier);
                find.setString(2, request.trackingNumber());
                try (ResultSet r = find.executeQuery()) {
                    if (!r.next()) {
                        LOG.warnf("Carrier %s posted event %s for unknown tracking number %s", carrier, request.eventId(),
                                request.trackingNumber());
                        throw new NotFoundException("No parcel of " + carrier + " has tracking number "
                                + request.trackingNumber() + ".");
                    }
                    event.shipmentId = r.getObject(1, UUID.class);
                    buyerId = r.getString(2);
                }
            }
            if (!insert(db, event)) {
                TrackingEvent stored = events.byCarrierEventId(carrier, request.eventId()).orElseThrow();
                if (!sameEvent(stored, event.shipmentId, request)) {
                    throw new ConflictException("Event " + request.eventId() + " was already posted with other contents.");
                }
                return new Recorded(stored, false);
            }
            if (advance(db, event) && event.type == TrackingEventType.DELIVERED) {
                delivered.fire(new ParcelDelivered(event.shipmentId, orderIds(db, event.shipmentId), event.occurredAt,
                        event.recipientName));
            }
            recorded.fire(new TrackingEventRecorded(buyerId, TrackingEventView.of(event)));
            return new Recorded(event, true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record tracking event " + request.eventId() + ": " + e.getMessage(), e);
        }
    }

    /** Inserts the event unless the carrier already posted one with its id; answers whether it was inserted. */
    private static boolean insert(Connection db, TrackingEvent e) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO logistics.tracking_event (id, shipment_id, carrier,"
                + " carrier_event_id, type, occurred_at, recipient_name, photo_url, location, note, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (carrier, carrier_event_id) DO NOTHING")) {
            insert.setObject(1, e.id);
            insert.setObject(2, e.shipmentId);
            insert.setString(3, e.carrier);
            insert.setString(4, e.carrierEventId);
            insert.setString(5, e.type.name());
            insert.setObject(6, OffsetDateTime.ofInstant(e.occurredAt, ZoneOffset.UTC));
            insert.setString(7, e.recipientName);
            insert.setString(8, e.photoUrl);
            insert.setString(9, e.location);
            insert.setString(10, e.note);
            insert.setObject(11, OffsetDateTime.ofInstant(e.receivedAt, ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * The latest event by the carrier's time sets the status; a final event (delivered, returned) ends the
     * parcel's journey whatever the carrier's clocks say, and nothing moves a final status. Answers whether it moved.
     */
    private static boolean advance(Connection db, TrackingEvent e) throws SQLException {
        boolean delivery = e.type == TrackingEventType.DELIVERED;
        try (PreparedStatement update = db.prepareStatement("UPDATE logistics.shipment SET status = ?, status_at = ?,"
                + " version = version + 1" + (delivery ? ", delivered_at = ?, recipient_name = ?, proof_photo_url = ?" : "")
                + " WHERE id = ? AND status NOT IN ('DELIVERED', 'RETURNED_TO_SENDER')"
                + " AND (? OR status_at IS NULL OR status_at < ?)")) {
            OffsetDateTime at = OffsetDateTime.ofInstant(e.occurredAt, ZoneOffset.UTC);
            int i = 1;
            update.setString(i++, e.type.status.name());
            update.setObject(i++, at);
            if (delivery) {
                update.setObject(i++, at);
                update.setString(i++, e.recipientName);
                update.setString(i++, e.photoUrl);
            }
            update.setObject(i++, e.shipmentId);
            update.setBoolean(i++, e.type.status.isFinal());
            update.setObject(i, at);
            return update.executeUpdate() == 1;
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
