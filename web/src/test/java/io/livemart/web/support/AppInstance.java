package io.livemart.web.support;

import java.io.File;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Another process of the packaged app (web/target/quarkus-app/quarkus-run.jar) on a free port, with the test profile
 * and the same environment as the instance Quarkus started for the IT, sharing its PostgreSQL and Redis (it neither
 * cleans nor migrates the database). Extra settings are passed as system properties, e.g. a tighter fan-out limit.
 */
public final class AppInstance implements AutoCloseable {

    public final int port;
    private final Process process;

    private AppInstance(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts the jar and waits (at most 120 s) until it answers; {@code log} names its log under web/target/. */
    public static AppInstance start(String log, Map<String, String> settings) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.profile=test", "-Dquarkus.http.port=" + port, "-Dquarkus.http.test-port=" + port,
                "-Dquarkus.flyway.clean-at-start=false", "-Dquarkus.flyway.migrate-at-start=false"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        File logFile = new File("target/" + log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile).start();
        AppInstance instance = new AppInstance(port, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!instance.answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                instance.close();
                throw new IllegalStateException("The app instance did not start; see web/" + logFile);
            }
            Thread.sleep(250);
        }
        return instance;
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/gifts").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Kills the process without a goodbye, as a crash would, and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
