package io.livemart.logistics.tracking.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import io.livemart.logistics.LogisticsConfig;
import io.livemart.logistics.tracking.TrackingEvent;
import io.livemart.logistics.tracking.TrackingEventType;
import io.livemart.logistics.tracking.api.TrackingEventRequest;
import io.livemart.logistics.tracking.api.TrackingEventView;
import io.livemart.logistics.tracking.persistence.TrackingEventRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Carriers' reports about their parcels. Each event is stored once (by the carrier's event id); the parcel's
 * status follows the latest event by the carrier's own time, so a late older event joins the timeline
 * without moving the parcel back; delivered and returned are final.
 */
@ApplicationScoped
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
    TrackingWriter writer;

    @Inject
    TrackingEventRepository events;

    @Inject
    CurrentUser user;

    private static final Pattern CARRIER_CODE = Pattern.compile(LogisticsConfig.CARRIER_CODE);

    /** Refuses with 403 unless the caller is the carrier's own service account (400 for a code no carrier can have). */
    public void requireCarrier(String carrier) {
        requireCarrier(carrier, user.clientId());
    }

    /** As {@link #requireCarrier(String)}, for the caller's OAuth client {@code clientId}, where no request context is. */
    public static void requireCarrier(String carrier, String clientId) {
        if (!isCarrier(carrier, clientId)) {
            if (!CARRIER_CODE.matcher(carrier).matches()) {
                throw new InvalidRequestException("carrier: a carrier's code is 2 to 32 of a-z, 0-9 and -.");
            }
            throw new ForbiddenException("Your service account may act for its own carrier only.");
        }
    }

    /** Whether {@code clientId} is the service account of {@code carrier}. */
    public static boolean isCarrier(String carrier, String clientId) {
        return (CARRIER_CLIENT_PREFIX + carrier).equals(clientId);
    }

    /**
     * Stores a carrier's event once and moves its parcel on. The webhook is the busiest write of the platform, so the
     * event is written by the {@link TrackingWriter} together with the events posted at the same time, in one statement
     * and one commit (ADR 0021); the answer comes once that commit is done. A repeat of a stored event id is answered
     * with the stored event when its contents are the same, and refused when they differ. {@code clientId} is the
     * caller's OAuth client, which must be the carrier's service account.
     */
    public Uni<Recorded> record(String carrier, String clientId, TrackingEventRequest request) {
        requireCarrier(carrier, clientId);
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
        return Uni.createFrom().completionStage(writer.submit(event, request.trackingNumber())).map(stored -> {
            if (stored.shipmentId() == null) {
                LOG.warnf("Carrier %s posted event %s for unknown tracking number %s", carrier, request.eventId(),
                        request.trackingNumber());
                throw new NotFoundException("No parcel of " + carrier + " has tracking number " + request.trackingNumber() + ".");
            }
            if (stored.inserted()) {
                return new Recorded(event, true); // the writer gave it its parcel
            }
            if (!sameEvent(stored.earlier(), stored.shipmentId(), request)) {
                throw new ConflictException("Event " + request.eventId() + " was already posted with other contents.");
            }
            return new Recorded(stored.earlier(), false);
        });
    }

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
