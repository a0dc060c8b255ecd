package io.staygrid.benchmarks.mesh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs client threads flat out (closed loop: each sends its next request when the last is answered) and
 * keeps what ended inside the measured window. Three plans: a warm-up then a fixed window; a fixed number of
 * iterations, all measured (the flash sale); a warm-up then a window that lasts while another task runs (the
 * normal traffic during a storm). The window's opening and closing are announced (CPU counters, JFR).
 */
final class LoadRunner {

    /** What one client thread does; one instance per thread, created before the clock starts. */
    interface Client extends AutoCloseable {
        /** One iteration (may send several requests); {@code n} counts iterations across all threads. */
        void iterate(Recorder recorder, long n) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface ClientFactory {
        Client create(int thread) throws Exception;
    }

    /** Called when the measured window opens and when it closes. */
    interface Window {
        void opened();

        void closed();
    }

    /** How long to run. */
    record Plan(Duration warmup, Duration window, long iterations, Callable<?> during) {

        static Plan timed(int warmupSeconds, int seconds) {
            return new Plan(Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(seconds), 0, null);
        }

        static Plan counted(long iterations) {
            return new Plan(Duration.ZERO, null, iterations, null);
        }

        static Plan during(int warmupSeconds, Callable<?> task) {
            return new Plan(Duration.ofSeconds(warmupSeconds), null, 0, task);
        }
    }

    /** What the window saw, per kind of request, and how long it lasted. */
    record Measurement(Map<String, OpStats> ops, double seconds, Object duringResult) {

        Map<String, OpSummary> summaries() {
            Map<String, OpSummary> out = new java.util.TreeMap<>();
            ops.forEach((op, stats) -> out.put(op, stats.summary(op, seconds)));
            return out;
        }
    }

    private LoadRunner() {
    }

    static Measurement run(int clients, ClientFactory factory, Plan plan, Window window) throws Exception {
        List<Client> pool = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                pool.add(factory.create(i));
            }
            return drive(pool, plan, window);
        } finally {
            for (Client c : pool) {
                c.close();
            }
        }
    }

    private static Measurement drive(List<Client> pool, Plan plan, Window window) throws Exception {
        Recorder.Clock clock = new Recorder.Clock();
        AtomicLong next = new AtomicLong();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long windowNanos = plan.window() == null ? -1 : plan.window().toNanos();
        if (plan.iterations() > 0) {
            window.opened();
            clock.open(System.nanoTime(), windowNanos);
        }
        long warmupEnd = System.nanoTime() + plan.warmup().toNanos();
        for (int i = 0; i < pool.size(); i++) {
            Client client = pool.get(i);
            Recorder recorder = new Recorder(clock);
            recorders.add(recorder);
            Thread thread = new Thread(() -> loop(client, recorder, clock, plan, next), "bench-client-" + i);
            thread.start();
            threads.add(thread);
        }
        Object duringResult = null;
        if (plan.iterations() > 0) {
            joinAll(threads);
            clock.close(System.nanoTime());
            window.closed();
        } else {
            sleepUntil(warmupEnd);
            // The window opens once its listeners are done (a profiler may take a moment to start).
            window.opened();
            clock.open(System.nanoTime(), windowNanos);
            if (plan.during() != null) {
                duringResult = plan.during().call();
                clock.close(System.nanoTime());
            } else {
                sleepUntil(clock.end());
            }
            window.closed();
            clock.stop();
            joinAll(threads);
        }
        Map<String, OpStats> merged = new LinkedHashMap<>();
        recorders.forEach(r -> r.ops().forEach((op, s) -> merged.computeIfAbsent(op, k -> new OpStats()).add(s)));
        recorders.stream().map(Recorder::firstFailure).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(e -> System.out.println("  ! first uncaught failure of a client: " + e));
        return new Measurement(merged, clock.seconds(), duringResult);
    }

    private static void loop(Client client, Recorder recorder, Recorder.Clock clock, Plan plan, AtomicLong next) {
        while (!clock.stopped()) {
            long n = next.getAndIncrement();
            if (plan.iterations() > 0 && n >= plan.iterations()) {
                return;
            }
            if (plan.window() != null && System.nanoTime() >= clock.end()) {
                return;
            }
            long t0 = System.nanoTime();
            try {
                client.iterate(recorder, n);
            } catch (Exception e) {
                recorder.record("uncaught", t0, System.nanoTime(), Outcome.exception(e));
                recorder.firstFailure(e);
                Parallel.pause(10);
            }
        }
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
