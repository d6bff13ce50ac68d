package io.livemart.streaming.channel;

import io.livemart.streaming.room.RoomCaller;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Fan-out of room events across app instances. Any instance publishes an event on the room's Redis channel; every
 * instance (this one included) receives it through one pattern subscription and queues it for the room's viewers
 * it holds. Every {@code streaming.channel.tick} the queue of each room is coalesced (likes and viewer counts keep
 * only their latest value) and sent as one {@code batch} frame, encoded once for all viewers and written by one task
 * per event loop to the sockets that loop owns (in order, without a hand-off between threads per socket). A viewer whose socket
 * does not drain ({@code max-pending-frames} writes outstanding) is skipped, and closed after
 * {@code max-skipped-frames} skipped batches in a row: it never holds the others back.
 * <p>
 * Also the presence of this instance's viewers: one entry per (instance, viewer) in Redis, renewed every heartbeat
 * and expiring when an instance dies (see presence.lua). Mutiny/Vert.x only at this edge.
 */
@ApplicationScoped
public class RoomBus {

    private static final Logger LOG = Logger.getLogger(RoomBus.class);
    /** Close code for policy refusals (RFC 6455 1008). */
    public static final int POLICY = 1008;

    @Inject
    ChannelConfig config;

    @Inject
    RoomStore store;

    @Inject
    ReactiveRedisDataSource reactiveRedis;

    @Inject
    Vertx vertx;

    /** Distinguishes this instance's presence entries from other instances'. */
    final String instanceId = UUID.randomUUID().toString();

    private final Map<UUID, LocalRoom> rooms = new ConcurrentHashMap<>();
    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
    private final List<Consumer<UUID>> endedListeners = new ArrayList<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong subscriptionGeneration = new AtomicLong();
    /** When this instance sent the oldest of its pings not heard back yet (0: every ping was heard). */
    private final AtomicLong pingUnheardSince = new AtomicLong();
    /** One heartbeat at a time: heartbeats delayed by a busy machine must not pile up and resubscribe together. */
    private final AtomicBoolean beating = new AtomicBoolean();
    private volatile ReactivePubSubCommands.ReactiveRedisSubscriber subscriber;
    /** The channel each instance pings itself on, to notice a subscription that died silently. */
    private static final UUID PING = new UUID(0, 0);
    private long tickTimer = -1;
    private long heartbeatTimer = -1;

    /** One socket's place in the fan-out. */
    public static final class Viewer {
        final WebSocketConnection connection;
        final RoomCaller caller;
        final UUID showId;
        final String key;
        final AtomicInteger pending = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        /** The event loop that owns the socket (null outside Vert.x): frames are written there, in order. */
        final Executor loop;
        /** Until the newcomer's state is sent, batches wait here (so the state always comes first). */
        private volatile List<String> backlog = new ArrayList<>();

        Viewer(WebSocketConnection connection, RoomCaller caller, UUID showId) {
            this.connection = connection;
            this.caller = caller;
            this.showId = showId;
            this.key = caller.anonymous() ? "anon:" + connection.id() : caller.id();
            this.loop = Vertx.currentContext() instanceof ContextInternal context ? context.nettyEventLoop() : null;
        }

        /** Runs on the socket's event loop (at once when there is none). */
        void onLoop(Runnable task) {
            if (loop == null) {
                task.run();
            } else {
                loop.execute(task);
            }
        }

        public RoomCaller caller() {
            return caller;
        }

        public UUID showId() {
            return showId;
        }
    }

    /** The viewers of one show on this instance and the events waiting for the next tick. */
    static final class LocalRoom {
        final UUID showId;
        final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> refs = new ConcurrentHashMap<>();
        final Queue<JsonObject> queue = new ConcurrentLinkedQueue<>();
        /** Likes total to announce at the next tick (-1: nothing new). */
        final AtomicLong likes = new AtomicLong(-1);
        final AtomicReference<RoomStore.Counts> counts = new AtomicReference<>();
        final AtomicBoolean countsDirty = new AtomicBoolean();
        /** The presence step of the newest counts sent to this room's viewers: an older announcement is not sent. */
        final AtomicLong countsSent = new AtomicLong(-1);
        /** The latest value sent of each coalesced figure (viewers, likes, a SKU's stock), for viewers that missed it. */
        final Map<String, JsonObject> latest = new ConcurrentHashMap<>();
        /** Viewers that were skipped: once their socket drains they get {@link #latest} again. */
        final Set<Viewer> behind = ConcurrentHashMap.newKeySet();

        LocalRoom(UUID showId) {
            this.showId = showId;
        }
    }

    void onStart(@Observes StartupEvent event) {
        subscribe().await().atMost(java.time.Duration.ofSeconds(10));
        tickTimer = vertx.setPeriodic(config.tick().toMillis(), id -> tick());
        heartbeatTimer = vertx.setPeriodic(config.heartbeat().toMillis(),
                id -> Infrastructure.getDefaultWorkerPool().execute(this::heartbeat));
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(tickTimer);
        vertx.cancelTimer(heartbeatTimer);
        // Leave politely; if this instance dies instead, its entries expire after presence-ttl.
        for (LocalRoom room : rooms.values()) {
            try {
                store.presence(room.showId, "leave", room.refs.keySet().stream().map(this::entry).toList());
            } catch (RuntimeException e) {
                LOG.debugf("Could not remove the presence of show %s: %s", room.showId, e.toString());
            }
        }
    }

    /**
     * (Re)subscribes to every room's channel. A subscription dies with its Redis connection (Redis restarting, a network
     * cut); it is renewed when it reports its end or an error, and when this instance stops hearing its own pings.
     */
    private Uni<Void> subscribe() {
        long generation = subscriptionGeneration.incrementAndGet();
        ReactivePubSubCommands.ReactiveRedisSubscriber old = subscriber;
        subscriber = null;
        pingUnheardSince.set(0);
        if (old != null) {
            old.unsubscribe().subscribe().with(ok -> { }, err -> { });
        }
        String prefix = config.redisPrefix() + ":room-events:";
        Runnable renew = () -> {
            if (subscriptionGeneration.get() == generation) {
                vertx.setTimer(1000, id -> subscribe().subscribe().with(ok -> { }, err -> { }));
            }
        };
        return reactiveRedis.pubsub(String.class).subscribeToPattern(store.channelPattern(), (channel, message) -> {
            try {
                received(UUID.fromString(channel.substring(prefix.length())), new JsonObject(message));
            } catch (RuntimeException e) {
                LOG.debugf("Ignored a malformed room event on %s: %s", channel, e.toString());
            }
        }, renew, err -> {
            LOG.warnf("The room channel's subscription failed (%s); subscribing again", err.toString());
            renew.run();
        }).invoke(s -> {
            if (subscriptionGeneration.get() == generation) {
                subscriber = s;
            } else { // a newer subscription was asked for meanwhile: two would deliver every event twice
                s.unsubscribe().subscribe().with(ok -> { }, err -> { });
            }
        }).onFailure().invoke(err -> {
            LOG.warnf("Could not subscribe to the room channels (%s); trying again", err.toString());
            renew.run();
        }).replaceWithVoid();
    }

    /** Called back (on a worker thread) on every instance when a show ends. */
    public void onEnded(Consumer<UUID> listener) {
        endedListeners.add(listener);
    }

    // ------------------------------------------------------------------ local registry

    /**
     * Sends the newcomer's state (taken after {@link #add}) then the batches that arrived meanwhile; a comment may
     * then appear in both, and pages drop a comment id they already show. Nothing is lost.
     */
    public void ready(WebSocketConnection connection, String state) {
        Viewer viewer = viewers.get(connection.id());
        if (viewer == null) {
            return;
        }
        viewer.onLoop(() -> {
            synchronized (viewer) {
                write(viewer, state);
                viewer.backlog.forEach(frame -> write(viewer, frame));
                viewer.backlog = null;
            }
        });
    }

    /** Adds a socket; answers the room's counts when it is the viewer's first socket here (it joined the room). */
    public RoomStore.Counts add(WebSocketConnection connection, RoomCaller caller, UUID showId) {
        Viewer viewer = new Viewer(connection, caller, showId);
        LocalRoom room = rooms.computeIfAbsent(showId, LocalRoom::new);
        room.viewers.put(connection.id(), viewer);
        viewers.put(connection.id(), viewer);
        if (room.refs.computeIfAbsent(viewer.key, k -> new AtomicInteger()).incrementAndGet() == 1) {
            RoomStore.Counts counts = store.presence(showId, "join", List.of(entry(viewer.key)));
            countsChanged(room, counts);
            return counts;
        }
        return null;
    }

    public void remove(WebSocketConnection connection) {
        Viewer viewer = viewers.remove(connection.id());
        if (viewer == null) {
            return;
        }
        LocalRoom room = rooms.get(viewer.showId);
        if (room == null) {
            return;
        }
        room.viewers.remove(connection.id());
        room.behind.remove(viewer);
        AtomicInteger refs = room.refs.get(viewer.key);
        if (refs != null && refs.decrementAndGet() <= 0) {
            room.refs.remove(viewer.key);
            try {
                countsChanged(room, store.presence(viewer.showId, "leave", List.of(entry(viewer.key))));
            } catch (RuntimeException e) {
                LOG.debugf("Could not remove a viewer of show %s (it will expire): %s", viewer.showId, e.toString());
            }
        }
        if (room.viewers.isEmpty()) {
            rooms.remove(viewer.showId, room);
        }
    }

    public Viewer viewer(WebSocketConnection connection) {
        return viewers.get(connection.id());
    }

    /** Likes to announce (coalesced: the next tick announces the highest total seen). */
    public void likes(UUID showId, long total) {
        LocalRoom room = rooms.get(showId);
        if (room != null) {
            room.likes.accumulateAndGet(total, Math::max);
        }
    }

    /** Deliveries so far (one event reaching one viewer): for the benchmark. */
    public long delivered() {
        return delivered.get();
    }

    private String entry(String viewerKey) {
        return instanceId + "|" + viewerKey;
    }

    /** Keeps the newest counts (by presence step) and announces them at the next tick if they are new. */
    private void countsChanged(LocalRoom room, RoomStore.Counts counts) {
        if (room.counts.accumulateAndGet(counts, RoomStore.Counts::newer) == counts) {
            room.countsDirty.set(true);
        }
    }

    // ------------------------------------------------------------------ receiving and delivering

    private void received(UUID showId, JsonObject event) {
        if (PING.equals(showId)) {
            if (instanceId.equals(event.getString("instance"))) {
                pingUnheardSince.set(0);
            }
            return;
        }
        String type = event.getString("type", "");
        if ("ended".equals(type)) {
            Infrastructure.getDefaultWorkerPool().execute(() -> endedListeners.forEach(l -> l.accept(showId)));
            return;
        }
        LocalRoom room = rooms.get(showId);
        if (room == null) {
            return;
        }
        String to = event.getString("to");
        if (to != null) { // addressed to one user's sockets: sent at once, not batched
            event.remove("to");
            String frame = event.encode();
            if ("banned".equals(type)) {
                Infrastructure.getDefaultWorkerPool().execute(() -> closeBanned(room, to, frame));
                return;
            }
            for (Viewer v : room.viewers.values()) {
                if (to.equals(v.caller.id())) {
                    deliver(v, frame);
                }
            }
            return;
        }
        room.queue.add(event);
    }

    /**
     * Tells a banned user's sockets here, then closes them; on a worker thread, since the ban is read again first. A ban
     * event can come late or twice (a subscription renewed while the old one still delivers, an instance that was
     * slow): one for a ban lifted meanwhile must not close the sockets the user opened since.
     */
    private void closeBanned(LocalRoom room, String userId, String frame) {
        try {
            if (!store.banned(room.showId, userId)) {
                LOG.infof("Show %s: a ban event for a user no longer banned was ignored", room.showId);
                return;
            }
        } catch (RuntimeException e) { // Redis cannot say: the ban stands, as it did when it was published
            LOG.debugf("Could not read the bans of show %s: %s", room.showId, e.toString());
        }
        for (Viewer v : room.viewers.values()) {
            if (userId.equals(v.caller.id())) {
                v.onLoop(() -> {
                    deliver(v, frame);
                    v.connection.close(new CloseReason(POLICY, "You are banned from this room."))
                            .subscribe().with(ok -> { }, err -> { });
                });
            }
        }
    }

    /** Every tick: announce coalesced counters, then send each room's queued events as one batch. */
    void tick() {
        for (LocalRoom room : rooms.values()) {
            long likes = room.likes.getAndSet(-1);
            if (likes >= 0) {
                publishQuietly(room.showId, new JsonObject().put("type", "likes").put("total", likes));
            }
            if (room.countsDirty.getAndSet(false)) {
                RoomStore.Counts c = room.counts.get();
                publishQuietly(room.showId, new JsonObject().put("type", "viewers").put("count", c.concurrent())
                        .put("unique", c.unique()).put("seq", c.seq()));
            }
            flush(room);
            catchUp(room);
        }
    }

    /**
     * A viewer that was skipped missed figures that are only sent when they change (viewers, likes, stock): once its
     * socket drains, it gets their latest values again, so a phone that was briefly behind does not show stale counts.
     * Skipped comments stay skipped.
     */
    private void catchUp(LocalRoom room) {
        if (room.behind.isEmpty()) {
            return;
        }
        String frame = null;
        for (Viewer v : room.behind) {
            if (!v.connection.isOpen()) {
                room.behind.remove(v);
            } else if (v.pending.get() < config.maxPendingFrames()) {
                room.behind.remove(v);
                if (frame == null && !room.latest.isEmpty()) {
                    frame = new JsonObject().put("type", "batch")
                            .put("events", new JsonArray(new ArrayList<>(room.latest.values()))).encode();
                }
                if (frame != null) {
                    String latest = frame;
                    v.onLoop(() -> write(v, latest));
                }
            }
        }
    }

    private void flush(LocalRoom room) {
        if (room.queue.isEmpty()) {
            return;
        }
        List<JsonObject> events = new ArrayList<>();
        JsonObject likes = null;
        JsonObject counts = null;
        Map<String, JsonObject> latestByKey = new LinkedHashMap<>();
        for (JsonObject e; (e = room.queue.poll()) != null;) {
            switch (e.getString("type", "")) {
                case "likes" -> {
                    if (likes == null || e.getLong("total", 0L) > likes.getLong("total", 0L)) {
                        likes = e;
                    }
                }
                case "viewers" -> { // the newest presence step, whichever instance announced it
                    if (counts == null || e.getLong("seq", 0L) > counts.getLong("seq", 0L)) {
                        counts = e;
                    }
                }
                case "stock" -> latestByKey.put("stock:" + e.getString("skuId"), e);
                default -> events.add(e);
            }
        }
        events.addAll(latestByKey.values());
        room.latest.putAll(latestByKey);
        if (likes != null) {
            events.add(likes);
            room.latest.put("likes", likes);
        }
        if (counts != null) {
            long seq = counts.getLong("seq", 0L);
            if (room.countsSent.getAndAccumulate(seq, Math::max) < seq) {
                events.add(counts);
                room.latest.put("viewers", counts);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        String frame = new JsonObject().put("type", "batch").put("events", new JsonArray(new ArrayList<>(events))).encode();
        int size = events.size();
        // One task per event loop writes the frame to the sockets it owns: no cross-thread hand-off per socket.
        Map<Executor, List<Viewer>> byLoop = new HashMap<>();
        for (Viewer v : room.viewers.values()) {
            byLoop.computeIfAbsent(v.loop, k -> new ArrayList<>()).add(v);
        }
        byLoop.values().forEach(group -> group.get(0).onLoop(() -> {
            for (Viewer v : group) {
                if (deliver(v, frame)) {
                    delivered.addAndGet(size);
                }
            }
        }));
    }

    private boolean deliver(Viewer v, String frame) {
        if (v.backlog != null) {
            synchronized (v) {
                if (v.backlog != null) {
                    v.backlog.add(frame);
                    return true;
                }
            }
        }
        return write(v, frame);
    }

    /** Writes a frame unless the viewer is behind; a viewer that stays behind is closed. */
    private boolean write(Viewer v, String frame) {
        if (!v.connection.isOpen()) {
            return false;
        }
        if (v.pending.get() >= config.maxPendingFrames()) {
            LocalRoom room = rooms.get(v.showId);
            if (room != null) {
                room.behind.add(v);
            }
            if (v.skipped.incrementAndGet() == config.maxSkippedFrames()) {
                LOG.infof("Show %s: closing a viewer that does not read its socket", v.showId);
                // Out of the fan-out and the counts at once: the close frame itself waits behind the unread frames.
                remove(v.connection);
                v.connection.close(new CloseReason(POLICY, "Too slow: the room's messages were skipped."))
                        .subscribe().with(ok -> { }, err -> { });
            }
            return false;
        }
        v.skipped.set(0);
        v.pending.incrementAndGet();
        v.connection.sendText(frame).subscribe().with(ok -> v.pending.decrementAndGet(), err -> {
            v.pending.decrementAndGet();
            LOG.debugf("Could not send to socket %s: %s", v.connection.id(), err.toString());
        });
        return true;
    }

    /** Publishes an event to every instance's viewers of the show (non-blocking). */
    public void publishQuietly(UUID showId, JsonObject event) {
        reactiveRedis.pubsub(String.class).publish(store.channel(showId), event.encode()).subscribe().with(ok -> { },
                err -> LOG.debugf("Could not publish a room event of show %s: %s", showId, err.toString()));
    }

    // ------------------------------------------------------------------ presence heartbeat

    /**
     * Renews this instance's presence entries, and checks its subscription: a ping it sent and has not heard back
     * for three heartbeats means the subscription died silently. (Measured from the unheard ping, not from the last
     * one heard, so that heartbeats delayed by a busy machine do not look like a dead subscription.)
     */
    void heartbeat() {
        if (!beating.compareAndSet(false, true)) {
            return;
        }
        try {
            beat();
        } finally {
            beating.set(false);
        }
    }

    private void beat() {
        long at = System.currentTimeMillis();
        long unheard = pingUnheardSince.get();
        if (unheard != 0 && at - unheard > 3 * config.heartbeat().toMillis()) {
            LOG.warn("This instance stopped hearing the room channels; subscribing again");
            subscribe().subscribe().with(ok -> { }, err -> { });
        }
        pingUnheardSince.compareAndSet(0, at);
        publishQuietly(PING, new JsonObject().put("type", "ping").put("instance", instanceId));
        for (LocalRoom room : rooms.values()) {
            try {
                List<String> entries = room.refs.keySet().stream().map(this::entry).toList();
                RoomStore.Counts before = room.counts.get();
                RoomStore.Counts now = store.presence(room.showId, "join", entries);
                if (!now.sameFigures(before)) {
                    countsChanged(room, now);
                }
            } catch (RuntimeException e) {
                LOG.debugf("Presence heartbeat of show %s failed: %s", room.showId, e.toString());
            }
        }
    }
}
