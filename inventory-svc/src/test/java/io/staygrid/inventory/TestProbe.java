package io.staygrid.inventory;

import io.staygrid.inventory.service.InventoryProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * Replaces the no-op probe in tests: a test arms a point of one hotel (0 = any) to stall the first writer that
 * reaches it until released, or to fail that writer's transaction (a simulated crash). Disarmed after each test.
 */
@ApplicationScoped
public class TestProbe implements InventoryProbe {

    /** How long a stalled writer waits at most, so a broken test never hangs the build. */
    private static final Duration MAX_STALL = Duration.ofSeconds(60);

    private final Map<Point, LongConsumer> armed = new ConcurrentHashMap<>();

    /** The failure a crash point throws; the writer's transaction rolls back as after a lost process. */
    public static class SimulatedCrash extends RuntimeException {
        public SimulatedCrash(Point point) {
            super("simulated crash at " + point);
        }
    }

    /** A writer stalled at a point: await {@link #reached}, then {@link #release} it. */
    public static final class Stall {
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public boolean awaitReached(Duration atMost) throws InterruptedException {
            return reached.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        }

        public boolean wasReached() {
            return reached.getCount() == 0;
        }

        public void release() {
            released.countDown();
        }

        void stall() {
            reached.countDown();
            try {
                released.await(MAX_STALL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stalls the first writer that reaches {@code point} for {@code hotelId} (0 = any hotel). */
    public Stall stallAt(Point point, long hotelId) {
        Stall stall = new Stall();
        AtomicBoolean first = new AtomicBoolean(true);
        armed.put(point, hotel -> {
            if (matches(hotelId, hotel) && first.compareAndSet(true, false)) {
                stall.stall();
            }
        });
        return stall;
    }

    /** Fails the transaction of the first writer that reaches {@code point} for {@code hotelId} (0 = any hotel). */
    public void crashAt(Point point, long hotelId) {
        AtomicBoolean first = new AtomicBoolean(true);
        armed.put(point, hotel -> {
            if (matches(hotelId, hotel) && first.compareAndSet(true, false)) {
                throw new SimulatedCrash(point);
            }
        });
    }

    public void disarm() {
        armed.clear();
    }

    @Override
    public void reached(Point point, long hotelId) {
        LongConsumer action = armed.get(point);
        if (action != null) {
            action.accept(hotelId);
        }
    }

    private static boolean matches(long wanted, long actual) {
        return wanted == 0 || actual == 0 || wanted == actual;
    }
}
