package io.staygrid.benchmarks.mesh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every scenario shares in one run: the running mesh and its seeded chain, signed guests, the ways in
 * (REST, gRPC, raw SQL), the CPU meter and the profiler; and how a variant is measured.
 */
final class BenchRun {

    final BenchOptions options;
    final BenchEnvironment env;
    final Chain chain;
    final List<TokenSigner.Guest> guests;
    final List<TokenSigner.Guest> stormGuests;
    private final CpuMeter cpu;
    private final JfrProfiler jfr;
    private final Map<String, Transport> meshTransports = new LinkedHashMap<>();
    private final AtomicInteger storms = new AtomicInteger();

    BenchRun(BenchOptions options, BenchEnvironment env, Chain chain, CpuMeter cpu, JfrProfiler jfr) {
        this.options = options;
        this.env = env;
        this.chain = chain;
        this.cpu = cpu;
        this.jfr = jfr;
        this.guests = env.tokens().guests("guest", options.guests());
        this.stormGuests = env.tokens().guests("fan", options.stormGuests());
        meshTransports.put("rest", new RestTransport(env.edgeUrl()));
        meshTransports.put("grpc", new GrpcTransport(env));
    }

    /** A client factory: the mesh's shared transport for {@code via}, or a raw-SQL transport per thread for "raw". */
    LoadRunner.ClientFactory clients(String via, GuestClient.Mix mix, List<TokenSigner.Guest> who, Chain.Stay stormStay) {
        Map<String, Transport.Quote> quotes = options.stormQuoteEach() ? null : new ConcurrentHashMap<>();
        return thread -> via.equals("raw")
                ? new GuestClient(new RawSqlTransport(env, mix == GuestClient.Mix.STORM), true, mix, chain, who, stormStay,
                        options.normalReadShare(), quotes)
                : new GuestClient(meshTransports.get(via), false, mix, chain, who, stormStay, options.normalReadShare(), quotes);
    }

    /** A fresh flash-sale stay (full sell limit) for every storm of the run. */
    Chain.Stay nextStormStay() {
        return chain.stormStay(storms.getAndIncrement());
    }

    /** Runs one variant and measures it; with a {@code jfrLabel} (and --jfr) every service is recorded during the window. */
    VariantResult measure(String variant, int clients, LoadRunner.ClientFactory factory, LoadRunner.Plan plan, String unit,
            String jfrLabel) throws Exception {
        boolean profile = jfr != null && jfrLabel != null;
        Map<String, Map<String, Double>> snapshots = new LinkedHashMap<>();
        Map<String, Path> recordings = new LinkedHashMap<>();
        LoadRunner.Measurement m = LoadRunner.run(clients, factory, plan, new LoadRunner.Window() {
            @Override
            public void opened() {
                if (profile) {
                    jfr.start(jfrLabel);
                }
                snapshots.put("before", cpu.snapshot());
            }

            @Override
            public void closed() {
                snapshots.put("after", cpu.snapshot());
                if (profile) {
                    recordings.putAll(jfr.stop());
                }
            }
        });
        Map<String, JfrSummary> profiles = new LinkedHashMap<>();
        recordings.forEach((service, file) -> profiles.put(service, summarize(file)));
        return result(variant, clients, m, unit, CpuMeter.delta(snapshots.get("before"), snapshots.get("after")), profiles);
    }

    /** Like {@link #measure} for the runner's measurement made elsewhere (the normal traffic of a storm). */
    static VariantResult result(String variant, int clients, LoadRunner.Measurement m, String unit, Map<String, Double> cpu,
            Map<String, JfrSummary> profiles) {
        Map<String, OpSummary> ops = m.summaries();
        long units = ops.containsKey(unit) ? ops.get(unit).count() : 0;
        Map<String, Double> per1000 = new LinkedHashMap<>();
        cpu.forEach((process, seconds) -> per1000.put(process, units == 0 ? Double.NaN : seconds * 1000 / units));
        return new VariantResult(variant, clients, m.seconds(), unit, ops, cpu, per1000, profiles);
    }

    private static JfrSummary summarize(Path file) {
        try {
            return JfrSummary.of(file);
        } catch (IOException | RuntimeException e) {
            System.out.println("  ! could not read " + file + ": " + e);
            return new JfrSummary(file.getFileName().toString(), 0, 0, 0, Map.of(), Map.of(), Map.of());
        }
    }

    void close() {
        meshTransports.values().forEach(Transport::close);
        if (jfr != null) {
            jfr.close();
        }
    }
}
