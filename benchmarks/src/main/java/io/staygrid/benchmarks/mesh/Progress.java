package io.staygrid.benchmarks.mesh;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar with rate and ETA on stdout, redrawn at most twice a second
 * ({@code [#########.........] 45% 3,300,000/7,300,000 rows 410,000/s ETA 0:09}).
 */
final class Progress {

    private static final int WIDTH = 30;

    private final String label;
    private final long total;
    private final String unit;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDrawNanos;
    private volatile long drawn = -1;

    Progress(String label, long total, String unit) {
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    void add(long n) {
        long now = System.nanoTime();
        long value = done.addAndGet(n);
        if (now - lastDrawNanos > 500_000_000L || value == total) {
            lastDrawNanos = now;
            draw(value, now);
        }
    }

    /** Ends the line (drawing the final state unless it is already shown). */
    void done() {
        if (drawn != done.get()) {
            draw(done.get(), System.nanoTime());
        }
        System.out.println();
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private synchronized void draw(long value, long now) {
        drawn = value;
        System.out.print("\r" + line(label, value, total, unit, (now - startNanos) / 1e9));
        System.out.flush();
    }

    /** The text of the bar; pure, for tests. */
    static String line(String label, long value, long total, String unit, double elapsedSeconds) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) value / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = elapsedSeconds > 0 ? value / elapsedSeconds : 0;
        String eta = value >= total ? "done in " + clock(elapsedSeconds)
                : rate > 0 ? "ETA " + clock((total - value) / rate) : "ETA ?";
        return String.format("%s [%s%s] %3.0f%% %,d/%,d %s %,.0f/s %s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                fraction * 100, value, total, unit, rate, eta);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
