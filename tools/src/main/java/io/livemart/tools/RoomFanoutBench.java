package io.livemart.tools;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./livemart bench room-fanout}: V viewers on the show's room socket, comments sent at C per second by
 * signed-in shoppers for a few seconds; measures comment-to-viewer latency and deliveries per second (one comment
 * reaching one viewer is one delivery). Then, in the same run, the same fan-out as raw Redis PUBLISH to V plain
 * SUBSCRIBE connections as the baseline. Viewers, commenters and subscribers all run in this one JVM, so their
 * clocks agree; on a small machine they also compete with the app for the CPU, so the viewers and the subscribers are
 * read alike by one thread with non-blocking sockets (FanoutReaders): compare the ratio within one run.
 */
public final class RoomFanoutBench {

    static final String USAGE = """
            usage: ./livemart bench room-fanout [--viewers 2000] [--comments-per-second 100] [--seconds 10] [--commenters 10]
                                         [--warmup-seconds 5]
              the app must allow that many comments per commenter: ./livemart bench room-fanout starts it with
              STREAMING_CHANNEL_COMMENTS_PER_WINDOW raised for the run
            """;

    public static void main(String[] args) {
        try {
            run(args, System.out);
            System.exit(0);
        } catch (IllegalArgumentException e) {
            System.err.println("bench room-fanout: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("bench room-fanout failed: " + e);
            System.exit(1);
        }
    }

    /** What one fan-out run measured. */
    record Result(long sent, long delivered, double seconds, Stats latency) {
        double deliveredPerSecond() {
            return delivered / seconds;
        }
    }

    static void run(String[] args, PrintStream out) throws Exception {
        Args a = new Args(args, Set.of(), Set.of("viewers", "comments-per-second", "seconds", "commenters", "warmup-seconds"));
        int viewers = a.integer("viewers", 2000);
        int perSecond = a.integer("comments-per-second", 100);
        int seconds = a.integer("seconds", 10);
        int commenters = a.integer("commenters", 10);
        int warmup = a.integer("warmup-seconds", 5);
        if (viewers < 1 || perSecond < 1 || seconds < 1 || commenters < 1 || warmup < 0) {
            throw new IllegalArgumentException("every option must be positive (the warm-up may be 0)");
        }
        String run = Fixtures.runId();
        Http http = Http.ofStack();
        out.println("bench room-fanout (run " + run + "): " + viewers + " viewers, " + perSecond + " comments/s for " + seconds
                + " s from " + commenters + " commenters after a " + warmup + " s warm-up, at " + http.app);
        Fixtures.LiveShow show = new Fixtures(http, run).liveShow("merchant1", "anchor1", 1, 1);
        Result app = app(http, show.showId(), run, viewers, perSecond, seconds, commenters, warmup, out);
        new Fixtures(http, run).endShow("anchor1", show.showId());
        Result redis = redis(run, viewers, perSecond, seconds, out);

        long lost = app.sent() * viewers - app.delivered();
        double ratio = redis.deliveredPerSecond() == 0 ? 0 : app.deliveredPerSecond() / redis.deliveredPerSecond();
        out.println("targets (issue 5, one instance, V=2000 C=100): p99 < 200 ms: "
                + (app.latency().percentileMs(0.99) < 200 ? "met" : "MISSED") + "; lost = 0: " + (lost == 0 ? "met" : "MISSED")
                + "; ratio_vs_redis >= 0.25: " + (ratio >= 0.25 ? "met" : "MISSED")
                + ". 2 shared cores run the app, Redis and every client: compare the ratio within one run.");
        out.println("viewers=" + viewers + " comments_per_s=" + perSecond + " delivered_per_s=" + Stats.rate(app.deliveredPerSecond())
                + " p50_ms=" + Stats.ms(app.latency().percentileMs(0.5)) + " p99_ms=" + Stats.ms(app.latency().percentileMs(0.99))
                + " lost=" + lost + " ratio_vs_redis=" + Stats.ratio(ratio));
    }

    // ---------------------------------------------------------------- through the app

    static Result app(Http http, String showId, String run, int viewers, int perSecond, int seconds, int commenters,
            int warmup, PrintStream out) throws Exception {
        String marker = "bench " + run + " ";
        long total = (long) perSecond * seconds;
        Stats latency = new Stats((int) Math.min(Integer.MAX_VALUE - 8, total * viewers));
        URI room = URI.create(http.app.replaceFirst("^http", "ws") + "/api/shows/" + showId + "/room");
        InetSocketAddress address = new InetSocketAddress(room.getHost(), room.getPort());
        ExecutorService listeners = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(listeners).build();
        try (FanoutReaders audience = new FanoutReaders(marker, (int) Math.min(total, 1 << 20))) {
            // anonymous viewers, read by one thread (FanoutReaders), joining 200 at a time
            for (int v = 0; v < viewers; v++) {
                audience.viewer(address, upgrade(room));
                if (v % 200 == 199 || v == viewers - 1) {
                    awaitReady(audience, v + 1, out);
                }
            }
            out.println("  " + audience.ready() + " viewers connected");

            List<WebSocket> writers = new ArrayList<>();
            List<String> names = Fixtures.shopperNames();
            for (int c = 0; c < commenters; c++) {
                String token = http.userToken(names.get(c % names.size()));
                writers.add(client.newWebSocketBuilder()
                        .subprotocols("livemart-room", "quarkus-http-upgrade#Authorization#Bearer%20" + token)
                        .buildAsync(room, new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                                out.println("  a commenter's socket was closed by the app: " + status + " " + reason);
                                return null;
                            }
                        }).get(30, TimeUnit.SECONDS));
            }

            // The same load, unmeasured (the viewers do not count these comments), so that the app's and the clients'
            // JIT compilation is out of the measured window; then a pause for the room to drain.
            if (warmup > 0) {
                send(writers, "warm-up " + run + " ", (long) perSecond * warmup, perSecond);
                Thread.sleep(3000);
                out.println("  warmed up for " + warmup + " s");
            }
            long start = send(writers, marker, total, perSecond);
            long expected = total * viewers;
            Result result = collect(audience, start, total, expected, latency);
            if (audience.failure() != null) {
                out.println("  note: " + audience.failure().getMessage());
            }
            List<FanoutReaders.Reader> readers = audience.readers();
            long behind = readers.stream().filter(r -> r.count < total).count();
            if (behind > 0) {
                out.println("  " + behind + " viewers missed comments (skipped while their socket was full; the most missed: "
                        + (total - readers.stream().mapToLong(r -> r.count).min().orElse(total)) + ")");
            }
            out.println("app: " + total + " comments to " + viewers + " viewers: " + result.delivered() + " of " + expected
                    + " deliveries in " + String.format(java.util.Locale.ROOT, "%.1f", result.seconds()) + " s = "
                    + Stats.rate(result.deliveredPerSecond()) + "/s; latency p50 " + Stats.ms(latency.percentileMs(0.5))
                    + " ms, p99 " + Stats.ms(latency.percentileMs(0.99)) + " ms");
            for (WebSocket s : writers) {
                s.abort();
            }
            return result;
        } finally {
            listeners.shutdownNow();
        }
    }

    /**
     * Waits (15 s at most) for the expected deliveries, then gathers every receiver's latencies: the rate is the
     * deliveries over the time from the first send to the last delivery.
     */
    private static Result collect(FanoutReaders receivers, long start, long sent, long expected, Stats latency)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (receivers.delivered() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long last = 0;
        for (FanoutReaders.Reader r : receivers.readers()) {
            last = Math.max(last, r.drainInto(latency));
        }
        long delivered = receivers.delivered();
        double seconds = Math.max(1, last - start) / 1e9;
        return new Result(sent, delivered, seconds, latency);
    }

    /** The HTTP upgrade of an anonymous viewer to the room's socket. */
    private static byte[] upgrade(URI room) {
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        return ("GET " + room.getRawPath() + " HTTP/1.1\r\nHost: " + room.getHost() + ":" + room.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key)
                + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: livemart-room\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits (60 s at most) until that many receivers have their first message (hello, or the subscription). */
    private static void awaitReady(FanoutReaders audience, int count, PrintStream out) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (audience.ready() < count && System.nanoTime() < deadline && audience.failure() == null) {
            Thread.sleep(20);
        }
        if (audience.ready() < count) {
            out.println("  note: " + (count - audience.ready()) + " of " + count + " receivers not ready after 60 s"
                    + (audience.failure() == null ? "" : ": " + audience.failure().getMessage()));
        }
    }

    /** Sends count comments at perSecond, each "<prefix><i> <sent nanos>", round robin over the writers; answers the start. */
    private static long send(List<WebSocket> writers, String prefix, long count, int perSecond) throws Exception {
        return paced(count, perSecond, i -> {
            WebSocket writer = writers.get((int) (i % writers.size()));
            String text = prefix + i + " " + System.nanoTime();
            synchronized (writer) {
                writer.sendText("{\"type\":\"comment\",\"text\":\"" + text + "\"}", true).join();
            }
        });
    }

    /** One step of a paced loop. */
    interface Step {
        void run(long i) throws Exception;
    }

    /** Runs count steps at perSecond, each at its due time (not after the previous one's end); answers the start. */
    private static long paced(long count, int perSecond, Step step) throws Exception {
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / perSecond;
        for (long i = 0; i < count; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            step.run(i);
        }
        return start;
    }

    // ---------------------------------------------------------------- raw Redis baseline

    static Result redis(String run, int viewers, int perSecond, int seconds, PrintStream out) throws Exception {
        String host = Stack.env("LIVEMART_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(Stack.env("LIVEMART_REDIS_PORT", "16379"));
        String channel = "livemart-bench:" + run;
        String marker = "bench " + run + " ";
        long total = (long) perSecond * seconds;
        Stats latency = new Stats((int) Math.min(Integer.MAX_VALUE - 8, total * viewers));
        InetSocketAddress address = new InetSocketAddress(host, port);
        try (FanoutReaders subscribers = new FanoutReaders(marker, (int) Math.min(total, 1 << 20));
                Socket publisher = new Socket(host, port)) {
            for (int v = 0; v < viewers; v++) {
                subscribers.subscriber(address, command("SUBSCRIBE", channel));
            }
            awaitReady(subscribers, viewers, out);
            OutputStream send = publisher.getOutputStream();
            InputStream answers = new BufferedInputStream(publisher.getInputStream());
            Thread drain = new Thread(() -> {
                try {
                    while (answers.read() >= 0) {
                        // PUBLISH answers (the number of receivers): not needed
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            drain.setDaemon(true);
            drain.start();
            long start = paced(total, perSecond, i -> {
                send.write(command("PUBLISH", channel, "{\"type\":\"comment\",\"text\":\"" + marker + i + " " + System.nanoTime() + "\"}"));
                send.flush();
            });
            long expected = total * viewers;
            Result result = collect(subscribers, start, total, expected, latency);
            out.println("baseline (raw Redis PUBLISH to " + viewers + " plain SUBSCRIBE connections, read as the viewers are): "
                    + result.delivered() + " of " + expected + " deliveries in " + String.format(java.util.Locale.ROOT, "%.1f", result.seconds())
                    + " s = " + Stats.rate(result.deliveredPerSecond()) + "/s; latency p50 " + Stats.ms(latency.percentileMs(0.5))
                    + " ms, p99 " + Stats.ms(latency.percentileMs(0.99)) + " ms");
            return result;
        }
    }

    private static byte[] command(String... parts) {
        StringBuilder s = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String p : parts) {
            byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
            s.append('$').append(bytes.length).append("\r\n").append(p).append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
