package io.staygrid.reservation.payment;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads gateway calls run on, so that the caller can stop waiting at the deadline. */
@ApplicationScoped
public class GatewayThreads {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "payment-call-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    <T> Future<T> submit(Callable<T> call) {
        return executor.submit(call);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
