package io.livemart.web.video;

import io.livemart.web.support.Browser;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (surefire does not pick it up by name): {@code ./livemart bench video}.
 * The browser scenario with N viewers (LIVEMART_BENCH_VIEWERS, default 6): anchor1 publishes a fake camera,
 * viewers join one after another (anonymous, as most of a public show's audience), and each reports the
 * time from asking to watch to its first decoded frame. Janus's CPU time over the run is read from /proc.
 * Writes target/bench/video.txt; its last line is the summary.
 */
@QuarkusTest
@QuarkusTestResource(value = JanusInNetns.class, restrictToAnnotatedClass = true)
class VideoBench {

    @Test
    void firstFrameTimes() throws Exception {
        int viewers = Integer.parseInt(System.getenv().getOrDefault("LIVEMART_BENCH_VIEWERS", "6"));
        VideoScenario scenario = new VideoScenario();
        scenario.scheduleShow("Benchmark show");
        List<Long> firstFrames = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (Browser browser = new Browser()) {
            Page studio = scenario.openStudio(browser);
            VideoScenario.goLive(studio);
            Thread.sleep(1000); // the stream is up before the first viewer asks
            long janusCpuBefore = janusCpuTicks();
            long started = System.nanoTime();
            List<Page> rooms = new ArrayList<>();
            for (int i = 0; i < viewers; i++) {
                Page room = scenario.openRoom(browser, null);
                rooms.add(room);
                long ms = VideoScenario.firstFrameMs(room);
                firstFrames.add(ms);
                lines.add("viewer " + (i + 1) + ": first frame " + ms + " ms");
            }
            Thread.sleep(5000); // everyone watching: Janus's steady cost
            for (Page room : rooms) {
                if (VideoScenario.framesDecoded(room) <= 0) {
                    throw new AssertionError("a viewer stopped decoding");
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long ticks = janusCpuTicks() - janusCpuBefore;
            lines.add(String.format("janus cpu: %.0f%% of one core on average over %.1f s with %d viewers "
                    + "(VP8 640x480 + Opus from Chromium's fake camera)", 100.0 * ticks / 100 / seconds, seconds, viewers));
        }
        List<Long> sorted = new ArrayList<>(firstFrames);
        Collections.sort(sorted);
        long p50 = sorted.get((sorted.size() - 1) / 2);
        long max = sorted.get(sorted.size() - 1);
        lines.add("viewers=" + viewers + " first_frame_ms_p50=" + p50 + " first_frame_ms_max=" + max);
        Path out = Path.of("target", "bench", "video.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    /** utime + stime of the namespace's Janus, in clock ticks (USER_HZ, 100 on Linux). */
    private static long janusCpuTicks() throws IOException {
        Path pidFile = Path.of(System.getenv().getOrDefault("LIVEMART_STATE", JanusInNetns.repo().resolve(".livemart").toString()),
                "janus-netns", "janus.pid");
        String pid = Files.readString(pidFile).strip();
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
