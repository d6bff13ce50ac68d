package io.livemart.tools;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fresh process of the packaged app (web/target/quarkus-app/quarkus-run.jar, or LIVEMART_APP_JAR) on a free port, with
 * extra settings as system properties and the stack's LIVEMART_* environment (same PostgreSQL, Redis and Keycloak as
 * the stack), as {@code web/.../support/AppInstance} starts one for the ITs. A bench starts one per configuration so
 * that runs it compares start equally cold and are warmed up the same way.
 */
final class BenchApp implements AutoCloseable {

    final int port;
    final Process process;
    final Path log;

    private BenchApp(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the jar and waits (at most 180 s) until /q/health/ready answers 200. */
    static BenchApp start(String name, Map<String, String> settings) throws Exception {
        Path jar = Path.of(Stack.env("LIVEMART_APP_JAR", "web/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged app at " + jar.toAbsolutePath() + " (./livemart up builds it)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String opts = jvmOptions() + " " + Stack.env("LIVEMART_JAVA_OPTS", "");
        for (String o : opts.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Path dir = Path.of(Stack.env("LIVEMART_STATE", ".livemart"), "bench");
        Files.createDirectories(dir);
        Path log = dir.resolve("app-" + name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        BenchApp app = new BenchApp(port, process, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!app.ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                app.close();
                throw new IllegalStateException("the app (" + name + ") did not start; see " + log);
            }
            Thread.sleep(250);
        }
        return app;
    }

    /** The app's JVM flags as the stack starts it (infra/app.jvm-options: one per line, '#' starts a comment). */
    static String jvmOptions() throws IOException {
        StringBuilder flags = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("infra", "app.jvm-options"))) {
            int comment = line.indexOf('#');
            flags.append(' ').append((comment < 0 ? line : line.substring(0, comment)).trim());
        }
        return flags.toString().trim();
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** CPU seconds the process has used so far (user + system, from /proc), or -1 where /proc cannot say. */
    double cpuSeconds() {
        return CpuMeter.process(process.pid());
    }

    /** Waits until the process is idle (see {@link CpuMeter#waitIdle}); answers the last second's share of a core. */
    double waitIdle(double maxShare, int maxSeconds) throws InterruptedException {
        return CpuMeter.waitIdle(process.pid(), maxShare, maxSeconds);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
