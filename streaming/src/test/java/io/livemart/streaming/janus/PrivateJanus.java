package io.livemart.streaming.janus;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway Janus for tests that need settings the shared local one cannot have (a 3-second
 * session timeout) or that kill and restart it. WebSocket transport and videoroom plugin only,
 * bound to 127.0.0.1 on a free port, the local stack's demo secrets.
 */
final class PrivateJanus implements AutoCloseable {

    private static final Path JANUS = Path.of(System.getenv().getOrDefault("LIVEMART_JANUS_BIN", "/usr/bin/janus"));
    private static final Path LIB = Path.of("/usr/lib/x86_64-linux-gnu/janus");

    final Path dir;
    final int port;
    private Process process;

    static boolean available() {
        return Files.isExecutable(JANUS) && Files.exists(LIB.resolve("plugins/libjanus_videoroom.so"))
                && Files.exists(LIB.resolve("transports/libjanus_websockets.so"));
    }

    PrivateJanus(int sessionTimeoutSeconds, String apiSecret, String roomAdminKey) throws IOException {
        this.port = freePort();
        this.dir = Files.createTempDirectory("janus-test");
        Files.createDirectories(dir.resolve("plugins"));
        Files.createDirectories(dir.resolve("transports"));
        Files.createDirectories(dir.resolve("none"));
        Files.createSymbolicLink(dir.resolve("plugins/libjanus_videoroom.so"), LIB.resolve("plugins/libjanus_videoroom.so"));
        Files.createSymbolicLink(dir.resolve("transports/libjanus_websockets.so"),
                LIB.resolve("transports/libjanus_websockets.so"));
        Files.writeString(dir.resolve("janus.jcfg"), """
                general: {
                    configs_folder = "%1$s"
                    plugins_folder = "%1$s/plugins"
                    transports_folder = "%1$s/transports"
                    events_folder = "%1$s/none"
                    loggers_folder = "%1$s/none"
                    debug_level = 4
                    api_secret = "%2$s"
                    session_timeout = %3$d
                }
                media: {
                }
                nat: {
                }
                """.formatted(dir, apiSecret, sessionTimeoutSeconds));
        Files.writeString(dir.resolve("janus.transport.websockets.jcfg"), """
                general: {
                    ws = true
                    ws_port = %d
                    ws_ip = "127.0.0.1"
                    wss = false
                }
                admin: {
                    admin_ws = false
                    admin_wss = false
                }
                """.formatted(port));
        Files.writeString(dir.resolve("janus.plugin.videoroom.jcfg"), """
                general: {
                    admin_key = "%s"
                }
                """.formatted(roomAdminKey));
    }

    String url() {
        return "ws://127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(JANUS.toString(), "-C", dir.resolve("janus.jcfg").toString(), "-F", dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("janus.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Janus exited; see " + dir.resolve("janus.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("Janus did not open port " + port + "; see " + dir.resolve("janus.log"));
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
