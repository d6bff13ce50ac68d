package io.livemart.web.support;

import java.io.File;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A second process of the packaged app (web/target/quarkus-app), on a free port, with the same environment and the test
 * profile, sharing PostgreSQL and Redis with the instance Quarkus started for an integration test (without cleaning or
 * migrating the database that instance uses).
 */
public final class SecondInstance implements AutoCloseable {

    public final int port;
    private final Process process;

    public SecondInstance(String logName) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        File log = new File("target/" + logName + ".log");
        process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.profile=test", "-Dquarkus.http.port=" + port, "-Dquarkus.http.test-port=" + port,
                "-Dquarkus.flyway.clean-at-start=false", "-Dquarkus.flyway.migrate-at-start=false", "-jar", jar.getPath())
                .redirectErrorStream(true).redirectOutput(log).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("The second instance did not start; see web/" + log.getPath());
            }
            Thread.sleep(250);
        }
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/gifts").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
