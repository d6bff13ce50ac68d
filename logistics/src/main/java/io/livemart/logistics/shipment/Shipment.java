package io.livemart.logistics.shipment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A parcel: one or more orders of one buyer, handed by their merchant to a carrier. */
@Entity
@Table(schema = "logistics", name = "shipment")
public class Shipment {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    /** The carrier's code, e.g. "swiftpost": its Keycloak service account is "carrier-" + code. */
    @Column(nullable = false)
    public String carrier;

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShipmentStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "logistics", name = "shipment_order", joinColumns = @JoinColumn(name = "shipment_id"))
    @Column(name = "order_id", nullable = false)
    public List<UUID> orderIds = new ArrayList<>();

    @Column(name = "shipped_at", nullable = false)
    public Instant shippedAt;

    /** The time of the carrier event that set the status: only a later event moves it. */
    @Column(name = "status_at")
    public Instant statusAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Proof of delivery: who received the parcel. */
    @Column(name = "recipient_name")
    public String recipientName;

    /** Proof of delivery: the courier's photo. */
    @Column(name = "proof_photo_url")
    public String proofPhotoUrl;

    @Version
    public long version;
}
