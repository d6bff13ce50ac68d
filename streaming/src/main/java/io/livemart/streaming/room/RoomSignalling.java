package io.livemart.streaming.room;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.DomainException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.error.ProblemStatusMap;
import io.livemart.streaming.channel.ChannelRefusal;
import io.livemart.streaming.channel.RoomBus;
import io.livemart.streaming.channel.service.RoomChannel;
import io.livemart.streaming.janus.JanusEvent;
import io.livemart.streaming.janus.JanusException;
import io.livemart.streaming.janus.JanusNodes;
import io.livemart.streaming.janus.JanusUnavailableException;
import io.livemart.streaming.janus.VideoRoomClient;
import io.livemart.streaming.janus.videoroom.VideoRoomException;
import io.livemart.streaming.janus.videoroom.VideoRoomHandle;
import io.livemart.streaming.janus.videoroom.VideoRoomRequest;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import io.livemart.streaming.show.service.ShowService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Signalling for a show's room, between browsers and the show's Janus videoroom. The app is the Janus
 * client: it decides who may publish (the show's anchor and its invited guest) and who may watch
 * (anyone, public shows), and relays SDP and ICE.
 * <p>
 * From the browser: {@code publish {sdp}} (an offer; answered by {@code answer {sdp}}),
 * {@code watch} (answered by Janus's {@code offer {sdp}}), {@code start {sdp}} (the viewer's answer;
 * then {@code watching}), {@code ice {target: publisher|subscriber, candidate}} (candidate null or
 * {@code {completed:true}} when gathering is done), {@code stop}, {@code end}. To the browser besides:
 * {@code hello}, {@code stream {feeds}} (what can be watched changed),
 * {@code interrupted}, {@code ended}, and {@code error {code, message, about}} for anything refused;
 * an error never closes the socket. Every other type belongs to the room's real-time channel
 * ({@link RoomChannel}: comments, likes, gifts, pins, lotteries, counts), which fans out across instances.
 * <p>
 * Callbacks run on worker threads, one message at a time per connection; the Janus handles of a socket
 * live in the instance holding the socket.
 */
@ApplicationScoped
public class RoomSignalling {

    private static final Logger LOG = Logger.getLogger(RoomSignalling.class);
    private static final Duration JANUS_WAIT = Duration.ofSeconds(10);
    static final int MAX_SDP = 64 * 1024;
    static final int MAX_MESSAGE = 96 * 1024;

    @Inject
    ShowService shows;

    @Inject
    JanusNodes janusNodes;

    @Inject
    RoomChannel channel;

    @Inject
    RoomBus bus;

    private final Map<UUID, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();

    /** One show's sockets and published feeds on this instance. */
    static final class Room {
        final UUID showId;
        final Map<String, Member> members = new ConcurrentHashMap<>();

        Room(UUID showId) {
            this.showId = showId;
        }

        List<Long> feeds() {
            List<Long> feeds = new ArrayList<>();
            for (Member m : members.values()) {
                if (m.feed != null && m.feedUp) {
                    feeds.add(m.feed);
                }
            }
            return feeds;
        }
    }

    /** One socket in a room. */
    static final class Member {
        final WebSocketConnection connection;
        final RoomCaller caller;
        final Room room;
        volatile VideoRoomHandle publisher;
        volatile Long feed;
        /** Janus reported the publisher's PeerConnection up (webrtcup): only then can viewers subscribe. */
        volatile boolean feedUp;
        volatile VideoRoomHandle subscriber;

        Member(WebSocketConnection connection, RoomCaller caller, Room room) {
            this.connection = connection;
            this.caller = caller;
            this.room = room;
        }
    }

    void onStart(@Observes StartupEvent event) {
        janusNodes.onDisconnect(url -> Infrastructure.getDefaultWorkerPool().execute(() -> nodeLost(url)));
        bus.onEnded(this::endedHere);
    }

    // ------------------------------------------------------------------ socket lifecycle

    void join(WebSocketConnection connection, RoomCaller caller) {
        UUID showId;
        Show show;
        try {
            showId = UUID.fromString(connection.pathParam("id"));
            show = shows.get(showId);
        } catch (IllegalArgumentException | NotFoundException e) {
            send(connection, error("not-found", "No such show.", "hello"));
            connection.closeAndAwait();
            return;
        }
        if (!channel.admit(connection, caller, showId)) {
            return;
        }
        Room room = rooms.computeIfAbsent(showId, Room::new);
        Member member = new Member(connection, caller, room);
        members.put(connection.id(), member);
        room.members.put(connection.id(), member);
        // Written before the channel's state, and awaited: pages read the show's status and rights from it.
        sendNow(connection, new JsonObject().put("type", "hello").put("status", show.status.name())
                .put("title", show.title)
                .put("mayPublish", show.mayPublish(caller.id()))
                .put("feeds", room.feeds().size())
                .put("user", caller.name()));
        channel.join(connection, caller, show);
    }

    void leave(WebSocketConnection connection) {
        channel.leave(connection);
        Member member = members.remove(connection.id());
        if (member == null) {
            return;
        }
        member.room.members.remove(connection.id());
        boolean hadFeed = member.feed != null;
        stopPublishing(member);
        stopWatching(member);
        if (member.room.members.isEmpty()) {
            rooms.remove(member.room.showId, member.room);
        } else {
            if (hadFeed) {
                streamChanged(member.room);
            }
        }
    }

    void handle(WebSocketConnection connection, String text) {
        Member member = members.get(connection.id());
        if (member == null) {
            return;
        }
        String type = "?";
        try {
            if (text.length() > MAX_MESSAGE) {
                throw new InvalidRequestException("The message is larger than " + MAX_MESSAGE + " characters.");
            }
            JsonObject message;
            try {
                message = new JsonObject(text);
            } catch (DecodeException | ClassCastException e) {
                throw new InvalidRequestException("The message is not a JSON object.");
            }
            type = String.valueOf(message.getValue("type"));
            switch (type) {
                case "publish" -> publish(member, sdp(message));
                case "watch" -> watch(member);
                case "start" -> startWatching(member, sdp(message));
                case "ice" -> ice(member, message);
                case "stop" -> {
                    boolean hadFeed = member.feed != null;
                    stopPublishing(member);
                    stopWatching(member);
                    if (hadFeed) {
                        streamChanged(member.room);
                    }
                }
                case "end" -> end(member);
                default -> {
                    if (!channel.handle(connection, member.caller, member.room.showId, type, message)) {
                        throw new InvalidRequestException("Unknown message type '" + type + "' (publish, watch, start, ice, "
                                + "stop, end, comment, like, gift, pin, unpin, lottery-open, lottery-enter, lottery-close, "
                                + "floor-open, floor-close).");
                    }
                }
            }
        } catch (RuntimeException e) {
            JsonObject error = errorFor(e, type);
            LOG.debugf("Show %s: refused '%s' from %s: %s", member.room.showId, type,
                    member.caller.anonymous() ? "an anonymous viewer" : member.caller.name(), error.getString("message"));
            send(connection, error);
        }
    }

    // ------------------------------------------------------------------ publishing

    private void publish(Member member, String sdp) {
        if (member.caller.anonymous()) {
            throw new ForbiddenException("Log in as the show's anchor or its invited guest to publish.");
        }
        Show show = shows.get(member.room.showId);
        if (!show.mayPublish(member.caller.id())) {
            throw new ForbiddenException("Only the show's anchor and its invited guest may publish; you are watching.");
        }
        if (show.status == ShowStatus.SCHEDULED || show.status == ShowStatus.ENDED) {
            throw new ConflictException("The show is " + show.status.name().toLowerCase() + "; publish once it is live.");
        }
        if (show.status == ShowStatus.INTERRUPTED) {
            show = shows.recoverRoom(show.id); // a fresh room on a node that answers
            send(member.room, new JsonObject().put("type", "resumed"));
        }
        boolean hadFeed = member.feed != null && member.feedUp;
        stopPublishing(member);
        VideoRoomClient node = nodeOf(show);
        VideoRoomHandle handle = node.attachParticipant().await().atMost(JANUS_WAIT);
        handle.handle().onEvent(event -> onPublisherEvent(member, handle, event));
        try {
            var published = handle.publish(new VideoRoomRequest.Publish(show.janusRoomId,
                    member.caller.name() == null ? "anchor" : member.caller.name()),
                    new JsonObject().put("type", "offer").put("sdp", sdp), JANUS_WAIT).await().atMost(JANUS_WAIT);
            member.publisher = handle;
            member.feed = published.feed();
            send(member.connection, new JsonObject().put("type", "answer").put("sdp", published.jsep().getString("sdp")));
            LOG.infof("Show %s: %s publishes feed %d in room %d", show.id, member.caller.name(), published.feed(),
                    show.janusRoomId);
        } catch (RuntimeException e) {
            detachQuietly(handle);
            if (hadFeed) {
                streamChanged(member.room);
            }
            throw e;
        }
        if (hadFeed) {
            streamChanged(member.room);
        }
        // Viewers hear of the new stream on webrtcup, when Janus can forward it.
    }

    private void onPublisherEvent(Member member, VideoRoomHandle handle, JanusEvent event) {
        if (member.publisher != handle) {
            return;
        }
        if ("webrtcup".equals(event.type())) {
            member.feedUp = true;
            Infrastructure.getDefaultWorkerPool().execute(() -> streamChanged(member.room));
            return;
        }
        if ("hangup".equals(event.type()) || "detached".equals(event.type())) {
            member.feedUp = false;
            LOG.infof("Show %s: the publisher's stream stopped (%s)", member.room.showId, event.type());
            member.publisher = null;
            member.feed = null;
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                detachQuietly(handle);
                streamChanged(member.room);
            });
        }
    }

    private void stopPublishing(Member member) {
        VideoRoomHandle handle = member.publisher;
        member.publisher = null;
        member.feed = null;
        member.feedUp = false;
        detachQuietly(handle);
    }

    // ------------------------------------------------------------------ watching

    private void watch(Member member) {
        Show show = shows.get(member.room.showId);
        if (show.status != ShowStatus.LIVE) {
            throw new ConflictException("The show is " + show.status.name().toLowerCase() + "; there is nothing to watch.");
        }
        List<Long> feeds = member.room.feeds();
        if (feeds.isEmpty()) {
            throw new ConflictException("The show is live but its video has not started yet; wait for 'stream'.");
        }
        stopWatching(member);
        VideoRoomHandle handle = nodeOf(show).attachParticipant().await().atMost(JANUS_WAIT);
        try {
            var offer = handle.subscribe(new VideoRoomRequest.Subscribe(show.janusRoomId, feeds), JANUS_WAIT)
                    .await().atMost(JANUS_WAIT);
            member.subscriber = handle;
            send(member.connection, new JsonObject().put("type", "offer").put("sdp", offer.jsep().getString("sdp"))
                    .put("feeds", feeds.size()));
        } catch (RuntimeException e) {
            detachQuietly(handle);
            throw e;
        }
    }

    private void startWatching(Member member, String sdp) {
        VideoRoomHandle handle = member.subscriber;
        if (handle == null) {
            throw new ConflictException("Ask to watch first: 'start' carries the answer to the offer of 'watch'.");
        }
        handle.start(new JsonObject().put("type", "answer").put("sdp", sdp), JANUS_WAIT).await().atMost(JANUS_WAIT);
        send(member.connection, new JsonObject().put("type", "watching"));
    }

    private void stopWatching(Member member) {
        VideoRoomHandle handle = member.subscriber;
        member.subscriber = null;
        detachQuietly(handle);
    }

    // ------------------------------------------------------------------ ICE, end

    private void ice(Member member, JsonObject message) {
        String target = message.getValue("target") instanceof String t ? t : "";
        VideoRoomHandle handle = switch (target) {
            case "publisher" -> member.publisher;
            case "subscriber" -> member.subscriber;
            default -> throw new InvalidRequestException("ice: 'target' must be 'publisher' or 'subscriber'.");
        };
        JsonObject candidate = candidate(message);
        if (handle == null) {
            throw new ConflictException("ice: there is no " + target + " stream to add candidates to.");
        }
        handle.trickle(candidate).await().atMost(JANUS_WAIT);
    }

    private void end(Member member) {
        if (member.caller.anonymous()) {
            throw new ForbiddenException("Log in as the show's anchor to end it.");
        }
        shows.endAs(member.room.showId, member.caller.id(), member.caller.staff());
        // Viewers are told once the end is committed (RoomAnnouncer publishes it to every instance).
    }

    /**
     * A show ended (its end committed on some instance, announced through the room's channel): tell the sockets held
     * here, stop their streams. The room is destroyed by then.
     */
    void endedHere(UUID showId) {
        Room room = rooms.get(showId);
        if (room == null) {
            return;
        }
        for (Member m : room.members.values()) {
            stopPublishing(m);
            stopWatching(m);
        }
        send(room, new JsonObject().put("type", "ended"));
    }

    /** The app's socket to a Janus node closed: its rooms are gone; the shows there are interrupted. */
    void nodeLost(String url) {
        List<UUID> interrupted;
        try {
            interrupted = shows.interruptShowsOn(url);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not mark the shows on Janus node %s as interrupted", url);
            return;
        }
        for (UUID showId : interrupted) {
            Room room = rooms.get(showId);
            if (room == null) {
                continue;
            }
            for (Member m : room.members.values()) {
                m.publisher = null; // its session died with the socket: nothing to detach
                m.feed = null;
                m.feedUp = false;
                m.subscriber = null;
            }
            send(room, new JsonObject().put("type", "interrupted")
                    .put("message", "The video service restarted; the anchor can publish again to resume."));
        }
    }

    // ------------------------------------------------------------------ helpers

    private VideoRoomClient nodeOf(Show show) {
        if (show.janusRoomId == null) {
            throw new ConflictException("The show has no video room right now.");
        }
        return janusNodes.node(show.janusNode).orElseThrow(() -> new JanusUnavailableException(
                "The video service node holding this show is no longer configured."));
    }

    private void streamChanged(Room room) {
        send(room, new JsonObject().put("type", "stream").put("feeds", room.feeds().size()));
    }

    /** The SDP of a publish/start message: a string that looks like SDP, of sane size. */
    static String sdp(JsonObject message) {
        if (!(message.getValue("sdp") instanceof String sdp) || sdp.isBlank()) {
            throw new InvalidRequestException("sdp: a session description (string) is required.");
        }
        if (sdp.length() > MAX_SDP) {
            throw new InvalidRequestException("sdp: longer than " + MAX_SDP + " characters.");
        }
        if (!sdp.startsWith("v=0")) {
            throw new InvalidRequestException("sdp: not a session description (it must start with v=0).");
        }
        return sdp;
    }

    /** The candidate of an ice message, as Janus takes it: {candidate, sdpMid, sdpMLineIndex} or {completed: true}. */
    static JsonObject candidate(JsonObject message) {
        Object value = message.getValue("candidate");
        if (value == null) {
            return new JsonObject().put("completed", true);
        }
        if (!(value instanceof JsonObject c)) {
            throw new InvalidRequestException("ice: 'candidate' must be an object or null.");
        }
        if (Boolean.TRUE.equals(c.getValue("completed"))) {
            return new JsonObject().put("completed", true);
        }
        if (!(c.getValue("candidate") instanceof String line) || line.length() > 1024) {
            throw new InvalidRequestException("ice: 'candidate.candidate' must be a string of at most 1024 characters.");
        }
        if (line.isEmpty()) {
            return new JsonObject().put("completed", true);
        }
        if (!line.startsWith("candidate:") || line.split(" ").length < 8) {
            throw new InvalidRequestException("ice: 'candidate.candidate' is not an ICE candidate line.");
        }
        JsonObject out = new JsonObject().put("candidate", line);
        boolean located = false;
        if (c.getValue("sdpMid") instanceof String mid) {
            out.put("sdpMid", mid);
            located = true;
        }
        if (c.getValue("sdpMLineIndex") instanceof Number index && index.intValue() >= 0) {
            out.put("sdpMLineIndex", index.intValue());
            located = true;
        }
        if (!located) {
            throw new InvalidRequestException("ice: the candidate needs 'sdpMid' or 'sdpMLineIndex'.");
        }
        return out;
    }

    static JsonObject error(String code, String message, String about) {
        return new JsonObject().put("type", "error").put("code", code).put("message", message).put("about", about);
    }

    static JsonObject errorFor(Throwable failure, String about) {
        Throwable e = failure;
        if (e instanceof io.smallrye.mutiny.TimeoutException) {
            return error("service-unavailable", "The video service did not answer in time; try again.", about);
        }
        if (e instanceof ChannelRefusal refusal) {
            return error(refusal.code(), refusal.getMessage(), about);
        }
        if (e instanceof DomainException domain) {
            return error(ProblemStatusMap.kindOf(domain).slug(), domain.getMessage(), about);
        }
        if (e instanceof JanusException janus) {
            // The request reached Janus and Janus refused what the browser sent (e.g. 465: invalid SDP).
            return error("invalid-request", "The video service refused it: " + janus.reason(), about);
        }
        if (e instanceof VideoRoomException room) {
            return error("invalid-request", "The video room refused it: " + room.reason(), about);
        }
        LOG.errorf(e, "Signalling failed (%s)", about);
        return error("internal", "Something went wrong on our side; try again.", about);
    }

    private void send(Room room, JsonObject message) {
        for (Member m : room.members.values()) {
            send(m.connection, message);
        }
    }

    private static void send(WebSocketConnection connection, JsonObject message) {
        if (connection.isOpen()) {
            connection.sendText(message.encode()).subscribe().with(ok -> {
            }, err -> LOG.debugf("Could not send to socket %s: %s", connection.id(), err.toString()));
        }
    }

    /** Sends and waits until the frame is written (on a worker thread only). */
    private static void sendNow(WebSocketConnection connection, JsonObject message) {
        try {
            connection.sendTextAndAwait(message.encode());
        } catch (RuntimeException e) {
            LOG.debugf("Could not send to socket %s: %s", connection.id(), e.toString());
        }
    }

    private static void detachQuietly(VideoRoomHandle handle) {
        if (handle == null) {
            return;
        }
        handle.detach().subscribe().with(ok -> {
        }, err -> LOG.debugf("Could not detach Janus handle: %s", err.toString()));
    }
}
