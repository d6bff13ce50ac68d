package io.livemart.streaming.janus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * The Janus nodes of {@code streaming.janus.nodes} (or the single {@code streaming.janus.url}), one
 * {@link VideoRoomClient} each, and the placement of new rooms on the least-loaded reachable node.
 * A node's load is its rooms plus their participants, as Janus itself lists them, so that several
 * app instances placing rooms see the same figures.
 */
@ApplicationScoped
public class JanusNodes {

    private static final Logger LOG = Logger.getLogger(JanusNodes.class);

    private final Map<String, VideoRoomClient> nodes;
    private final JanusConfig config;

    @Inject
    public JanusNodes(Vertx vertx, JanusConfig config) {
        this.config = config;
        var byUrl = new java.util.LinkedHashMap<String, VideoRoomClient>();
        for (String url : config.nodeUrls()) {
            byUrl.put(url, new VideoRoomClient(vertx, new NodeConfig(url, config)));
        }
        this.nodes = java.util.Collections.unmodifiableMap(byUrl);
    }

    /** A node's load when placement looked at it. */
    public record Load(String url, int rooms, int participants) {
        public int total() {
            return rooms + participants;
        }
    }

    /** Every configured node, in configuration order. */
    public List<VideoRoomClient> all() {
        return List.copyOf(nodes.values());
    }

    /** The node with this URL, if it is (still) configured. */
    public Optional<VideoRoomClient> node(String url) {
        return Optional.ofNullable(url == null ? null : nodes.get(url));
    }

    /** The first configured node (the only one on a single-node setup). */
    public VideoRoomClient primary() {
        return nodes.values().iterator().next();
    }

    /** Runs the listener (must not block) with the node's URL whenever the app's socket to that node closes. */
    public void onDisconnect(Consumer<String> listener) {
        nodes.forEach((url, client) -> client.connection().onDisconnect(() -> listener.accept(url)));
    }

    /** The load of every reachable node; unreachable nodes are left out. */
    public Uni<List<Load>> loads() {
        List<Uni<Optional<Load>>> asks = new ArrayList<>();
        for (VideoRoomClient node : nodes.values()) {
            asks.add(node.listRooms()
                    .map(rooms -> Optional.of(new Load(node.url(), rooms.size(),
                            rooms.stream().mapToInt(r -> r.participants()).sum())))
                    .onFailure().recoverWithItem(err -> {
                        LOG.warnf("Janus node %s left out of placement: %s", node.url(), err.getMessage());
                        return Optional.<Load>empty();
                    }));
        }
        return Uni.join().all(asks).andFailFast()
                .map(list -> list.stream().flatMap(Optional::stream).toList());
    }

    /**
     * The least-loaded reachable node (ties: configuration order). With a single node no load is asked:
     * creating the room is the test of reachability.
     */
    public Uni<VideoRoomClient> leastLoaded() {
        if (nodes.size() == 1) {
            return Uni.createFrom().item(primary());
        }
        return loads().map(loads -> loads.stream()
                .min(Comparator.comparingInt(Load::total))
                .map(load -> nodes.get(load.url()))
                .orElseThrow(() -> new JanusUnavailableException(JanusUnavailableException.UNREACHABLE)));
    }

    @PreDestroy
    void close() {
        nodes.values().forEach(VideoRoomClient::close);
    }

    /** The shared configuration with one node's URL. */
    record NodeConfig(String url, JanusConfig shared) implements JanusConfig {
        @Override
        public Optional<List<String>> nodes() {
            return Optional.of(List.of(url));
        }

        @Override
        public String apiSecret() {
            return shared.apiSecret();
        }

        @Override
        public String roomAdminKey() {
            return shared.roomAdminKey();
        }

        @Override
        public Duration requestTimeout() {
            return shared.requestTimeout();
        }

        @Override
        public Duration sessionTimeout() {
            return shared.sessionTimeout();
        }
    }
}
