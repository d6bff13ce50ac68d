package io.livemart.web.video;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Janus of its own inside a network namespace made for the test (infra/video/janus-netns.sh): Janus
 * never offers loopback ICE candidates, so the browser on the host reaches it over a veth pair in
 * 198.18.0.0/15. The app under test is pointed at that Janus alone. Needs root and iproute2 (CI has both).
 */
public class JanusInNetns implements QuarkusTestResourceLifecycleManager {

    static volatile String url;

    @Override
    public Map<String, String> start() {
        List<String> out = script("up");
        url = out.get(out.size() - 1).strip();
        return Map.of("streaming.janus.url", url, "streaming.janus.nodes", url);
    }

    @Override
    public void stop() {
        script("down");
    }

    /** Restarts that Janus, as a crash would: its rooms and sessions are gone. */
    static void restart() {
        script("restart");
    }

    static Path repo() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("infra/video/janus-netns.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("infra/video/janus-netns.sh not found above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    private static List<String> script(String command) {
        try {
            Process process = new ProcessBuilder(repo().resolve("infra/video/janus-netns.sh").toString(), command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("infra/video/janus-netns.sh " + command + " failed (it needs root and "
                        + "iproute2; run the suite with ./livemart test): " + stdout);
            }
            return stdout.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run infra/video/janus-netns.sh " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
