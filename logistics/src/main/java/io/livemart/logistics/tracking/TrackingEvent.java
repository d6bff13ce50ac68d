package io.livemart.logistics.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing a carrier reported about a parcel, with the carrier's own event id and time. */
@Entity
@Table(schema = "logistics", name = "tracking_event")
public class TrackingEvent {

    @Id
    public UUID id;

    @Column(name = "shipment_id", nullable = false)
    public UUID shipmentId;

    @Column(nullable = false)
    public String carrier;

    /** The carrier's id for the event: a second post of the same id is the same event. */
    @Column(name = "carrier_event_id", nullable = false)
    public String carrierEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrackingEventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "photo_url")
    public String photoUrl;

    /** Where it happened, as the carrier says it (e.g. "48.8566,2.3522" or a depot's name). */
    public String location;

    /** The carrier's note, e.g. why a delivery attempt failed. */
    public String note;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
