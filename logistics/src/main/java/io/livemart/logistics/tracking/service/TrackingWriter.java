package io.livemart.logistics.tracking.service;

import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.core.events.ParcelDelivered;
import io.livemart.core.events.ParcelsDelivered;
import io.livemart.logistics.LogisticsConfig;
import io.livemart.logistics.tracking.TrackingEvent;
import io.livemart.logistics.tracking.TrackingEventType;
import io.livemart.logistics.tracking.api.TrackingEventView;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Group commit of carrier events (ADR 0021). Webhooks that arrive while a transaction is being written wait for the
 * next one, and that one writes them all with one statement and one commit: a webhook costs PostgreSQL a share of a
 * round trip and of a WAL flush instead of one each, the way PostgreSQL itself groups the flushes of concurrent commits.
 * Each webhook is answered only once its event is committed, without holding a thread while it waits. A few writer
 * threads write, each one transaction at a time, and each for the parcels whose tracking numbers hash to it: a parcel's
 * events are written in their order of arrival, and two transactions at once never lock the same parcel or its orders,
 * so they cannot deadlock on them. Within one transaction, the events of one parcel are applied as if one after the
 * other (see {@link #STORE_ALL}). A transaction that fails is rolled back and its events are written again one by one,
 * so a bad event fails alone, with its own error.
 */
@ApplicationScoped
public class TrackingWriter {

    private static final Logger LOG = Logger.getLogger(TrackingWriter.class);

    /**
     * What writing one event did: its parcel (null: unknown tracking number), whether it was inserted and moved it, and
     * when it was not inserted, the event stored earlier with its carrier event id (a repeat, to compare).
     */
    public record Stored(UUID shipmentId, String buyerId, boolean inserted, boolean moved, TrackingEvent earlier) {
    }

    /** A row of {@link #STORE_ALL}: what writing the event did, and the parcel's orders when it delivered the parcel. */
    private record Written(Stored stored, List<UUID> deliveredOrders) {
    }

    private record Pending(TrackingEvent event, String trackingNumber, Context caller, CompletableFuture<Stored> done) {

        void complete(Stored stored) {
            onCaller(() -> done.complete(stored));
        }

        void fail(Throwable failure) {
            onCaller(() -> done.completeExceptionally(failure));
        }

        private void onCaller(Runnable answer) {
            if (caller == null) {
                answer.run();
            } else {
                caller.runOnContext(ignored -> answer.run());
            }
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    LogisticsConfig config;

    @Inject
    Event<ParcelsDelivered> delivered;

    @Inject
    Event<TrackingService.TrackingEventRecorded> recorded;

    /** One writer thread and the events waiting for it: those of the parcels whose tracking numbers hash to it. */
    private record Lane(LinkedBlockingQueue<Pending> queue, Thread thread) {
    }

    private final List<Lane> lanes = new ArrayList<>();
    private volatile boolean running = true;

    @PostConstruct
    void start() {
        for (int i = 0; i < config.tracking().writers(); i++) {
            LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
            Thread thread = new Thread(() -> writeWhileRunning(queue), "tracking-writer-" + i);
            thread.setDaemon(true);
            lanes.add(new Lane(queue, thread));
            thread.start();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Lane lane : lanes) {
            lane.thread().interrupt();
            Pending left;
            while ((left = lane.queue().poll()) != null) {
                left.fail(new ServiceUnavailableException("The service is stopping; post the event again."));
            }
        }
    }

    /**
     * Writes one event of the parcel with this tracking number in the next transaction. The answer comes once it is
     * committed, on the caller's Vert.x context when it has one (a webhook's event loop): what writing it threw (an order
     * that cannot be delivered, say), or 503 when the write takes longer than the configured timeout.
     */
    public CompletableFuture<Stored> submit(TrackingEvent event, String trackingNumber) {
        Pending pending = new Pending(event, trackingNumber, Vertx.currentContext(), new CompletableFuture<>());
        if (!running) {
            throw new ServiceUnavailableException("The service is stopping; post the event again.");
        }
        lanes.get(Math.floorMod(trackingNumber.hashCode(), lanes.size())).queue().add(pending);
        return pending.done().orTimeout(config.tracking().writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? new ServiceUnavailableException("Tracking events are being written slowly; post the event again"
                                + " (it is stored once).")
                        : failure));
    }

    private void writeWhileRunning(LinkedBlockingQueue<Pending> queue) {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, config.tracking().batchMax() - 1);
                write(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("The tracking writer failed a batch", e);
                batch.forEach(p -> p.fail(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; when it fails, one for each of its events. */
    private void write(List<Pending> batch) {
        try {
            List<Stored> stored = inTransaction(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(stored.get(i));
            }
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).fail(unwrap(failure, batch.get(0).event()));
                return;
            }
            for (Pending alone : batch) {
                write(List.of(alone));
            }
        }
    }

    /** An event's own failure: the domain's answer as it was thrown, an SQL failure as a 500 that names the event. */
    private static RuntimeException unwrap(RuntimeException failure, TrackingEvent event) {
        if (failure instanceof QuarkusTransactionException && failure.getCause() instanceof SQLException e) {
            return new IllegalStateException("Could not record tracking event " + event.carrierEventId + ": " + e.getMessage(), e);
        }
        return failure;
    }

    private List<Stored> inTransaction(List<Pending> batch) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                try (Connection db = dataSource.getConnection()) {
                    List<Written> written = storeAll(db, batch);
                    announce(batch, written);
                    return written.stream().map(Written::stored).toList();
                }
            });
        } finally {
            requestContext.terminate();
        }
    }

    /**
     * Within the transaction: a delivery that moved its parcel moves its orders on (cash on delivery is paid then), and
     * every stored event goes to the live timelines once the transaction commits.
     */
    private void announce(List<Pending> batch, List<Written> written) {
        List<ParcelDelivered> parcels = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            TrackingEvent event = batch.get(i).event();
            Stored s = written.get(i).stored();
            if (s.shipmentId() == null || !s.inserted()) {
                continue;
            }
            event.shipmentId = s.shipmentId();
            if (s.moved() && event.type == TrackingEventType.DELIVERED) {
                parcels.add(new ParcelDelivered(s.shipmentId(), written.get(i).deliveredOrders(), event.occurredAt,
                        event.recipientName));
            }
            recorded.fire(new TrackingService.TrackingEventRecorded(s.buyerId(), TrackingEventView.of(event)));
        }
        if (!parcels.isEmpty()) { // the orders of all the batch's deliveries in one statement (ADR 0023)
            delivered.fire(new ParcelsDelivered(parcels));
        }
    }

    /**
     * The batch's events, as arrays unnested in their order of arrival ({@code ord}): find each event's parcel, insert
     * the events whose carrier event id is new ({@code ON CONFLICT DO NOTHING}, which also keeps only the first of two
     * posts of one id in the batch), then move each parcel once, to the event that would have moved it last had the
     * batch's events been applied one by one: the first final event (delivered, returned) if there is one, whatever the
     * carrier's clocks say, otherwise the latest by the carrier's time (the first of equal times), and only forward from
     * the parcel's stored status, never from a final one. One row per event, in order; a null parcel when the carrier
     * has no parcel with that tracking number, and for an event not inserted, the one stored earlier with its id: from
     * the table, or from this batch when its first post is in it (the statement's snapshot does not see its own inserts);
     * and for a delivery that moved its parcel, the parcel's orders.
     */
    private static final String STORE_ALL = "WITH input AS (SELECT i.ord, i.id::uuid AS id, i.carrier, i.tracking_number,"
            + " i.carrier_event_id, i.type, i.status, i.final::boolean AS final, i.occurred_at::timestamptz AS occurred_at,"
            + " i.recipient_name, i.photo_url, i.location, i.note, i.received_at::timestamptz AS received_at"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS i(id, carrier, tracking_number, carrier_event_id,"
            + " type, status, final, occurred_at, recipient_name, photo_url, location, note, received_at, ord)),"
            + " parcel AS (SELECT i.ord, s.id, s.buyer_id FROM input i JOIN logistics.shipment s"
            + " ON s.carrier = i.carrier AND s.tracking_number = i.tracking_number),"
            + " stored AS (INSERT INTO logistics.tracking_event (id, shipment_id, carrier, carrier_event_id, type, occurred_at,"
            + " recipient_name, photo_url, location, note, received_at) SELECT i.id, p.id, i.carrier, i.carrier_event_id, i.type,"
            + " i.occurred_at, i.recipient_name, i.photo_url, i.location, i.note, i.received_at FROM input i JOIN parcel p USING (ord)"
            + " ORDER BY i.ord ON CONFLICT (carrier, carrier_event_id) DO NOTHING RETURNING id, shipment_id),"
            + " latest AS (SELECT DISTINCT ON (st.shipment_id) st.shipment_id, i.ord, i.type, i.status, i.final, i.occurred_at,"
            + " i.recipient_name, i.photo_url FROM stored st JOIN input i ON i.id = st.id"
            + " ORDER BY st.shipment_id, i.final DESC, CASE WHEN i.final THEN i.ord END, i.occurred_at DESC, i.ord),"
            + " moved AS (UPDATE logistics.shipment s SET status = l.status, status_at = l.occurred_at, version = s.version + 1,"
            + " delivered_at = CASE WHEN l.type = 'DELIVERED' THEN l.occurred_at ELSE s.delivered_at END,"
            + " recipient_name = CASE WHEN l.type = 'DELIVERED' THEN l.recipient_name ELSE s.recipient_name END,"
            + " proof_photo_url = CASE WHEN l.type = 'DELIVERED' THEN l.photo_url ELSE s.proof_photo_url END"
            + " FROM latest l WHERE s.id = l.shipment_id AND s.status NOT IN ('DELIVERED', 'RETURNED_TO_SENDER')"
            + " AND (l.final OR s.status_at IS NULL OR s.status_at < l.occurred_at) RETURNING l.ord)"
            + " SELECT i.ord, p.id, p.buyer_id, st.id IS NOT NULL, m.ord IS NOT NULL, e.id, e.shipment_id, e.type, e.occurred_at,"
            + " e.recipient_name, e.photo_url, e.location, e.note, e.received_at,"
            + " CASE WHEN m.ord IS NOT NULL AND i.type = 'DELIVERED' THEN"
            + " ARRAY(SELECT so.order_id FROM logistics.shipment_order so WHERE so.shipment_id = p.id) END"
            + " FROM input i LEFT JOIN parcel p USING (ord)"
            + " LEFT JOIN stored st ON st.id = i.id LEFT JOIN moved m ON m.ord = i.ord"
            + " LEFT JOIN LATERAL (SELECT t.id, t.shipment_id, t.type, t.occurred_at, t.recipient_name, t.photo_url, t.location,"
            + " t.note, t.received_at FROM logistics.tracking_event t WHERE st.id IS NULL AND p.id IS NOT NULL"
            + " AND t.carrier = i.carrier AND t.carrier_event_id = i.carrier_event_id"
            + " UNION ALL SELECT f.id, sf.shipment_id, f.type, f.occurred_at, f.recipient_name, f.photo_url, f.location, f.note,"
            + " f.received_at FROM input f JOIN stored sf ON sf.id = f.id WHERE st.id IS NULL AND p.id IS NOT NULL"
            + " AND f.carrier = i.carrier AND f.carrier_event_id = i.carrier_event_id LIMIT 1) e ON true ORDER BY i.ord";

    private static List<Written> storeAll(Connection db, List<Pending> batch) throws SQLException {
        try (var set = db.createStatement()) {
            set.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        }
        try (PreparedStatement q = db.prepareStatement(STORE_ALL)) {
            int i = 1;
            q.setArray(i++, texts(db, batch, p -> p.event().id.toString()));
            q.setArray(i++, texts(db, batch, p -> p.event().carrier));
            q.setArray(i++, texts(db, batch, Pending::trackingNumber));
            q.setArray(i++, texts(db, batch, p -> p.event().carrierEventId));
            q.setArray(i++, texts(db, batch, p -> p.event().type.name()));
            q.setArray(i++, texts(db, batch, p -> p.event().type.status.name()));
            q.setArray(i++, texts(db, batch, p -> Boolean.toString(p.event().type.status.isFinal())));
            q.setArray(i++, texts(db, batch, p -> p.event().occurredAt.toString()));
            q.setArray(i++, texts(db, batch, p -> p.event().recipientName));
            q.setArray(i++, texts(db, batch, p -> p.event().photoUrl));
            q.setArray(i++, texts(db, batch, p -> p.event().location));
            q.setArray(i++, texts(db, batch, p -> p.event().note));
            q.setArray(i, texts(db, batch, p -> p.event().receivedAt.toString()));
            List<Written> stored = new ArrayList<>(batch.size());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    TrackingEvent earlier = r.getObject(6) == null ? null : earlier(r, batch.get(stored.size()).event());
                    Array orders = r.getArray(15);
                    stored.add(new Written(new Stored(r.getObject(2, UUID.class), r.getString(3), r.getBoolean(4), r.getBoolean(5),
                            earlier), orders == null ? List.of() : List.of((UUID[]) orders.getArray())));
                }
            }
            if (stored.size() != batch.size()) {
                throw new SQLException("Wrote " + batch.size() + " tracking events but got " + stored.size() + " answers.");
            }
            return stored;
        }
    }

    private static TrackingEvent earlier(ResultSet r, TrackingEvent posted) throws SQLException {
        TrackingEvent e = new TrackingEvent();
        e.id = r.getObject(6, UUID.class);
        e.shipmentId = r.getObject(7, UUID.class);
        e.carrier = posted.carrier;
        e.carrierEventId = posted.carrierEventId;
        e.type = TrackingEventType.valueOf(r.getString(8));
        e.occurredAt = r.getObject(9, OffsetDateTime.class).toInstant();
        e.recipientName = r.getString(10);
        e.photoUrl = r.getString(11);
        e.location = r.getString(12);
        e.note = r.getString(13);
        e.receivedAt = r.getObject(14, OffsetDateTime.class).toInstant();
        return e;
    }

    private static Array texts(Connection db, List<Pending> batch, Function<Pending, String> column) throws SQLException {
        String[] values = new String[batch.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(batch.get(i));
        }
        return db.createArrayOf("text", values);
    }
}
