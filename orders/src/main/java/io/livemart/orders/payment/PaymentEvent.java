package io.livemart.orders.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A provider's callback, handled once; its digest tells a replay from a changed body under the same event id. */
@Entity
@Table(schema = "orders", name = "payment_event")
@IdClass(PaymentEvent.Key.class)
public class PaymentEvent {

    @Id
    public String provider;

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "body_digest", nullable = false)
    public String bodyDigest;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static class Key implements Serializable {
        public String provider;
        public String eventId;

        public Key() {
        }

        public Key(String provider, String eventId) {
            this.provider = provider;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(provider, k.provider) && Objects.equals(eventId, k.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(provider, eventId);
        }
    }
}
