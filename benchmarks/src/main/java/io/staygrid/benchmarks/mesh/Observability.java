package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.testing.OtlpReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One observability phase of a run (--observability). Off: every service hands out no-op meters
 * ({@code STAYGRID_METRICS_ENABLED=false}) and runs without the OpenTelemetry SDK. On: meters recorded and scraped
 * from /q/metrics every 15 s as Prometheus would, and traces sampled at the services' configured default and
 * exported over OTLP/HTTP to a receiver in this process that parses every export, so both costs are paid.
 */
final class Observability implements AutoCloseable {

    static final Duration SCRAPE_EVERY = Duration.ofSeconds(15);

    private final String phase;
    private final OtlpReceiver receiver;
    private final long spansAtStart;
    private final long exportsAtStart;
    private final AtomicLong scrapes = new AtomicLong();
    private final AtomicLong scrapeFailures = new AtomicLong();
    private final AtomicLong scrapedBytes = new AtomicLong();
    private ScheduledExecutorService scraper;

    private Observability(String phase, OtlpReceiver receiver) {
        this.phase = phase;
        this.receiver = receiver;
        this.spansAtStart = receiver == null ? 0 : receiver.spanCount();
        this.exportsAtStart = receiver == null ? 0 : receiver.exports();
    }

    static Observability of(String phase, OtlpReceiver receiver) {
        return new Observability(phase, phase.equals("on") ? receiver : null);
    }

    String phase() {
        return phase;
    }

    /** The env of every service in this phase. */
    Map<String, String> env() {
        if (receiver == null) {
            return Map.of("STAYGRID_METRICS_ENABLED", "false", "QUARKUS_OTEL_SDK_DISABLED", "true");
        }
        Map<String, String> env = new LinkedHashMap<>(receiver.exportEnv());
        env.put("STAYGRID_METRICS_ENABLED", "true");
        return env;
    }

    /** Starts scraping the running services (phase on). */
    void started(List<ServiceProcess> services) {
        if (receiver == null) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        scraper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-metrics-scraper");
            t.setDaemon(true);
            return t;
        });
        scraper.scheduleAtFixedRate(() -> services.forEach(s -> scrape(http, s)), 0, SCRAPE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void scrape(HttpClient http, ServiceProcess service) {
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(service.httpUrl() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == 200) {
                scrapes.incrementAndGet();
                scrapedBytes.addAndGet(answer.body().length);
            } else {
                scrapeFailures.incrementAndGet();
            }
        } catch (java.io.IOException e) {
            scrapeFailures.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the phase did, for the results: spans exported, scrapes made. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("phase", phase);
        summary.put("serviceEnv", env());
        if (receiver != null) {
            summary.put("spansReceived", receiver.spanCount() - spansAtStart);
            summary.put("otlpExports", receiver.exports() - exportsAtStart);
            summary.put("metricsScrapes", scrapes.get());
            summary.put("metricsScrapeFailures", scrapeFailures.get());
            summary.put("metricsBytesScraped", scrapedBytes.get());
        }
        return summary;
    }

    @Override
    public void close() {
        if (scraper != null) {
            scraper.shutdownNow();
        }
    }
}
