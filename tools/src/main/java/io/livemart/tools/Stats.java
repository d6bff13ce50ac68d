package io.livemart.tools;

import java.util.Arrays;

/** Latencies in nanoseconds, recorded from many threads. */
final class Stats {

    private final long[] nanos;
    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

    Stats(int capacity) {
        nanos = new long[capacity];
    }

    void record(long n) {
        int i = count.getAndIncrement();
        if (i < nanos.length) {
            nanos[i] = n;
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length);
    }

    /** The q-quantile (0..1) in milliseconds, nearest rank. */
    double percentileMs(double q) {
        int n = count();
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1e6;
    }

    static String ms(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }

    static String rate(double perSecond) {
        return String.format(java.util.Locale.ROOT, "%.0f", perSecond);
    }

    static String ratio(double r) {
        return String.format(java.util.Locale.ROOT, "%.2f", r);
    }
}
