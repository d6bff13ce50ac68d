package io.livemart.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CPU seconds used by the processes of a race, from /proc (Linux): the app (and, within it, its kernel time and its
 * JIT's compiler threads), PostgreSQL (the postmaster, its live backends and those it has reaped), Redis and this bench
 * client, so that a bench can say where the time went.
 * Answers -1 for what it cannot read (another OS, a remote service).
 */
final class CpuMeter {

    private static final double TICKS = 100.0; // USER_HZ
    /** Parts of the app's CPU that {@link #sample} also lists on their own: its kernel time and its compiler threads. */
    private static final Set<String> APP_PARTS = Set.of("app-kernel", "app-jit");

    private CpuMeter() {
    }

    /** Seconds so far, by process name. */
    static Map<String, Double> sample(long appPid) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("app", own(appPid, false));
        m.put("app-kernel", kernel(appPid));
        m.put("app-jit", compilerSeconds(appPid)); // part of "app": its compiler threads, still at work if this is high
        Path state = Path.of(Stack.env("LIVEMART_STATE", ".livemart"));
        long pg = pidIn(state.resolve("postgres/data/postmaster.pid"));
        double pgCpu = pg < 0 ? -1 : own(pg, true);
        if (pg >= 0) {
            ProcessHandle.of(pg).ifPresent(p -> p.children().forEach(c -> m.merge("pg-children", own(c.pid(), false), Double::sum)));
        }
        m.put("postgres", pgCpu < 0 ? -1 : pgCpu + m.getOrDefault("pg-children", 0.0));
        m.remove("pg-children");
        long redis = pidIn(state.resolve("redis/redis.pid"));
        m.put("redis", redis < 0 ? -1 : own(redis, false));
        m.put("client", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        return m;
    }

    /** What each used between two samples. */
    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, v < 0 || before.getOrDefault(k, -1.0) < 0 ? -1 : v - before.get(k)));
        return d;
    }

    /**
     * The CPU seconds of all the processes in a {@link #since} difference: app, PostgreSQL, Redis and the client. The
     * app's kernel time and its JIT are parts of the app's, not counted again; -1 when one is unknown.
     */
    static double total(Map<String, Double> used) {
        double sum = 0;
        for (Map.Entry<String, Double> e : used.entrySet()) {
            if (e.getValue() < 0) {
                return -1;
            }
            sum += APP_PARTS.contains(e.getKey()) ? 0 : e.getValue();
        }
        return sum;
    }

    /** The pid of the stack's own app ({@code ./livemart up}), or -1 when it is not running from this state folder. */
    static long stackApp() {
        return pidIn(Path.of(Stack.env("LIVEMART_STATE", ".livemart"), "app", "app.pid"));
    }

    /**
     * "app 2.1 s (1.05 ms/event), postgres … over 2.0 s on 2 cores": what each process used for {@code count}
     * operations in {@code seconds}.
     */
    static String perOperation(Map<String, Double> used, long count, String unit, double seconds) {
        StringBuilder b = new StringBuilder();
        used.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(v < 0 ? "?" : String.format(Locale.ROOT, "%.1f s (%.2f ms/%s)", v, v * 1000 / count, unit)));
        return b.append(String.format(Locale.ROOT, " over %.1f s on %d cores", seconds, Runtime.getRuntime().availableProcessors()))
                .toString();
    }

    /** The JIT's share of a JVM's CPU from now until {@link JitWindow#share()}: a warm-up's "is it still compiling". */
    static JitWindow jitWindow(long pid) {
        return new JitWindow(pid, process(pid), compilerSeconds(pid));
    }

    record JitWindow(long pid, double cpuAtStart, double jitAtStart) {

        /** The compiler threads' share of the process's CPU since the window opened, or -1 where /proc cannot say. */
        double share() {
            if (cpuAtStart < 0 || jitAtStart < 0) {
                return -1;
            }
            return (compilerSeconds(pid) - jitAtStart) / Math.max(0.01, process(pid) - cpuAtStart);
        }
    }

    /**
     * Waits until a process is idle: under {@code maxShare} of one core over a whole second (JIT compilation and the
     * after-effects of a warm-up done), at most {@code maxSeconds}. Answers the last second's share.
     */
    static double waitIdle(long pid, double maxShare, int maxSeconds) throws InterruptedException {
        double share = 1;
        for (int i = 0; i < maxSeconds; i++) {
            double before = process(pid);
            long t = System.nanoTime();
            Thread.sleep(1000);
            double used = process(pid) - before;
            share = before < 0 ? 0 : used / ((System.nanoTime() - t) / 1e9);
            if (share < maxShare) {
                break;
            }
        }
        return share;
    }

    private static long pidIn(Path file) {
        try {
            return Long.parseLong(Files.readAllLines(file).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of a /proc stat file (a process's or a thread's) after its name: utime is [11], stime [12]. */
    static String[] statFields(Path stat) throws IOException {
        String text = Files.readString(stat);
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
    }

    /** utime + stime of a process or thread, in seconds, from its /proc stat file. */
    static double seconds(Path stat) throws IOException {
        String[] f = statFields(stat);
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
    }

    /** utime + stime of one process so far, or -1 where /proc cannot say. */
    static double process(long pid) {
        return own(pid, false);
    }

    /** CPU seconds the JIT's compiler threads (C1 and C2) of a JVM have used so far, or -1 where /proc cannot say. */
    static double compilerSeconds(long pid) {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            double sum = 0;
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) { // "C2 CompilerThre", "C1 …"
                        sum += seconds(task.resolve("stat"));
                    }
                } catch (IOException e) {
                    // a compiler thread that ended meanwhile
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** stime alone: the kernel's share (sockets, scheduling) of a process's CPU. */
    private static double kernel(long pid) {
        try {
            return Long.parseLong(statFields(Path.of("/proc/" + pid + "/stat"))[12]) / TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime (and, with {@code reaped}, the children it has waited for) of one process. */
    private static double own(long pid, boolean reaped) {
        try {
            String[] f = statFields(Path.of("/proc/" + pid + "/stat"));
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (reaped) {
                t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return t / TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
