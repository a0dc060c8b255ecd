package io.staygrid.benchmarks.mesh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The soak's traffic, closed loops until stopped: REST clients through the edge doing a mix of reads (hotel
 * details from hotel-svc, availability from inventory + pricing, the rate calendar from pricing), bookings
 * (quote + book) and cancels of their earlier PAID bookings; storm clients booking the last rooms of the storm
 * room type, a fresh 3-night stay every {@code --storm-every}; and a few clients calling the back ends straight
 * over gRPC. A client told to come back later (a 503/429 with Retry-After, or a gRPC UNAVAILABLE) or that met a
 * client exception pauses half a second before its next request, as a polite client would.
 */
final class SoakTraffic {

    /** A PAID booking a client may cancel later, by its guest. */
    record Paid(TokenSigner.Guest guest, String reservationId) {
    }

    private static final long BACK_OFF_MILLIS = 500;

    private final SoakOptions options;
    private final BenchEnvironment env;
    private final Chain chain;
    private final List<TokenSigner.Guest> guests;
    private final List<TokenSigner.Guest> stormGuests;
    private final SoakLog log;
    private final ConcurrentLinkedQueue<Paid> paid = new ConcurrentLinkedQueue<>();
    private final Set<Integer> stormStays = new ConcurrentSkipListSet<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<AutoCloseable> transports = new ArrayList<>();
    private volatile boolean stopped;
    private volatile Throwable firstUncaught;

    SoakTraffic(SoakOptions options, BenchEnvironment env, Chain chain, List<TokenSigner.Guest> guests,
            List<TokenSigner.Guest> stormGuests, SoakLog log) {
        this.options = options;
        this.env = env;
        this.chain = chain;
        this.guests = guests;
        this.stormGuests = stormGuests;
        this.log = log;
    }

    void start() {
        RestTransport rest = new RestTransport(env.edgeUrl());
        for (int i = 0; i < options.clients(); i++) {
            spawn("soak-mixed-" + i, () -> mixed(rest));
        }
        for (int i = 0; i < options.stormClients(); i++) {
            spawn("soak-storm-" + i, () -> storm(rest));
        }
        if (options.grpcClients() > 0) {
            GrpcTransport grpc = new GrpcTransport(env);
            transports.add(grpc);
            for (int i = 0; i < options.grpcClients(); i++) {
                spawn("soak-grpc-" + i, () -> grpc(grpc));
            }
        }
    }

    /** Stops the clients and waits up to {@code timeout} for each to finish its request in flight. */
    void stop(Duration timeout) throws InterruptedException {
        stopped = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        for (AutoCloseable c : transports) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the run is over
            }
        }
    }

    /** Threads still running after {@link #stop}: a request that never came back. */
    long stillRunning() {
        return threads.stream().filter(Thread::isAlive).count();
    }

    Throwable firstUncaught() {
        return firstUncaught;
    }

    /** Indexes of the storm stays ({@link Chain#stormStay}) the storm clients booked. */
    Set<Integer> stormStays() {
        return Set.copyOf(stormStays);
    }

    private void spawn(String name, Runnable loop) {
        Thread t = new Thread(() -> {
            while (!stopped) {
                try {
                    loop.run();
                } catch (RuntimeException e) {
                    if (firstUncaught == null) {
                        firstUncaught = e;
                    }
                    log.record("uncaught", System.nanoTime(), System.nanoTime(), Outcome.exception(e));
                    pause();
                }
            }
        }, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private void mixed(RestTransport rest) {
        double r = ThreadLocalRandom.current().nextDouble();
        if (r < options.readShare()) {
            read(rest);
        } else if (r < options.readShare() + options.bookShare()) {
            TokenSigner.Guest guest = guests.get(ThreadLocalRandom.current().nextInt(guests.size()));
            Chain.Stay stay = chain.randomStay();
            Transport.Quote quote = quote(rest, "quote", stay);
            if (quote != null) {
                Outcome booked = timed("book", () -> rest.book(guest, stay, quote));
                if (booked.key().endsWith(" PAID")) {
                    paid.add(new Paid(guest, quote.reservationId()));
                }
            }
        } else {
            Paid p = paid.poll();
            if (p == null) {
                read(rest);
                return;
            }
            Outcome canceled = timed("cancel", () -> rest.cancel(p.guest(), p.reservationId()));
            if (canceled.key().startsWith("503 ")) {
                paid.add(p);
            }
        }
    }

    private void read(RestTransport rest) {
        Chain.Stay stay = chain.randomStay();
        switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> timed("hotel", () -> rest.hotel(stay.hotelId()));
            case 1 -> timed("availability", () -> rest.availability(stay));
            default -> timed("rate-calendar", () -> rest.rateCalendar(stay));
        }
    }

    private void storm(RestTransport rest) {
        int n = (int) (log.now() / Math.max(1, options.stormEvery().toSeconds()));
        stormStays.add(n);
        Chain.Stay stay = chain.stormStay(n);
        TokenSigner.Guest guest = stormGuests.get(ThreadLocalRandom.current().nextInt(stormGuests.size()));
        Transport.Quote quote = quote(rest, "storm quote", stay);
        if (quote != null) {
            timed("storm book", () -> rest.book(guest, stay, quote));
        }
    }

    private void grpc(GrpcTransport grpc) {
        Chain.Stay stay = chain.randomStay();
        if (ThreadLocalRandom.current().nextBoolean()) {
            timedGrpc("grpc availability", () -> grpc.availability(stay));
            return;
        }
        long t0 = System.nanoTime();
        Transport.Quote quote = grpc.quote(stay);
        record("grpc quote", t0, grpc(quote.outcome()));
        if (quote.outcome().kind() == Outcome.Kind.OK) {
            TokenSigner.Guest guest = guests.get(ThreadLocalRandom.current().nextInt(guests.size()));
            timedGrpc("grpc book", () -> grpc.book(guest, stay, quote));
        }
    }

    /** The quote, or null (recorded) when it was refused or failed. */
    private Transport.Quote quote(RestTransport rest, String op, Chain.Stay stay) {
        long t0 = System.nanoTime();
        Transport.Quote quote = rest.quote(stay);
        record(op, t0, quote.outcome());
        return quote.outcome().kind() == Outcome.Kind.OK ? quote : null;
    }

    private Outcome timed(String op, java.util.function.Supplier<Outcome> call) {
        long t0 = System.nanoTime();
        Outcome outcome = call.get();
        record(op, t0, outcome);
        return outcome;
    }

    private void timedGrpc(String op, java.util.function.Supplier<Outcome> call) {
        long t0 = System.nanoTime();
        record(op, t0, grpc(call.get()));
    }

    private static Outcome grpc(Outcome o) {
        return new Outcome("grpc " + o.key(), o.kind());
    }

    private void record(String op, long t0, Outcome outcome) {
        log.record(op, t0, System.nanoTime(), outcome);
        if (outcome.key().endsWith("(Retry-After)") || outcome.key().startsWith("EXC ")
                || outcome.key().matches("grpc (UNAVAILABLE|DEADLINE_EXCEEDED|CANCELLED|EXC|INTERNAL|UNKNOWN).*")) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(BACK_OFF_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
