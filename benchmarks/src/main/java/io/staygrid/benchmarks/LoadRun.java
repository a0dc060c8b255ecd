package io.staygrid.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Runs N clients flat out for a warm-up then a measured window; holds/s and latency percentiles of the window. */
final class LoadRun {

    /** Creates the client of one thread. */
    interface ClientFactory {
        HoldClient create() throws Exception;
    }

    record Result(double holdsPerSecond, double p50Millis, double p99Millis, long failures, String firstFailure) {
    }

    private LoadRun() {
    }

    static Result run(Workload workload, int clients, ClientFactory factory, long warmupMillis, long measureMillis)
            throws Exception {
        List<HoldClient> pool = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            pool.add(factory.create());
        }
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000;
        long end = measureFrom + measureMillis * 1_000_000;
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong failures = new AtomicLong();
        String[] firstFailure = new String[1];
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        try {
                            pool.get(index).hold(HoldClient.randomId(), workload.next());
                        } catch (Exception e) {
                            if (failures.incrementAndGet() == 1) {
                                firstFailure[0] = e.toString();
                            }
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = t1 - t0;
                        }
                    }
                } finally {
                    latencies[index] = mine;
                    counts[index] = n;
                    done.countDown();
                }
            }, "bench-client-" + i);
            t.start();
        }
        done.await();
        for (HoldClient c : pool) {
            c.close();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Result(total * 1000.0 / measureMillis, percentile(all, 0.50), percentile(all, 0.99), failures.get(),
                firstFailure[0]);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
