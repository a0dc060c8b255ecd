package io.staygrid.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP (protobuf) trace receiver on loopback, standing in for a collector: the services export their
 * spans here and a test reads them back (or, {@linkplain #counting() counting}, a benchmark only counts them).
 * Answers every POST as {@code /v1/traces}; every request is parsed, so a malformed export fails loudly.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span, flattened: which service sent it and where it sits in its trace. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final boolean keepSpans;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final AtomicLong spanCount = new AtomicLong();
    private final AtomicLong exports = new AtomicLong();

    private OtlpReceiver(HttpServer server, boolean keepSpans) {
        this.server = server;
        this.keepSpans = keepSpans;
    }

    /** A receiver that keeps every span for {@link #spans()}. */
    public static OtlpReceiver start() {
        return start(true);
    }

    /** A receiver that parses and counts spans without keeping them (long runs, e.g. a benchmark). */
    public static OtlpReceiver counting() {
        return start(false);
    }

    private static OtlpReceiver start(boolean keepSpans) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server, keepSpans);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "otlp-receiver");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the OTLP receiver", e);
        }
    }

    /**
     * The env that makes a service export every span here: sampling ratio 1.0, JDBC spans switched on (off by
     * default, see deploy/README.md), batches sent every 100 ms.
     */
    public Map<String, String> tracingEnv() {
        Map<String, String> env = new HashMap<>(exportEnv());
        env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "1.0");
        env.put("QUARKUS_DATASOURCE_JDBC_TELEMETRY_ENABLED", "true");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        return env;
    }

    /** The env that switches a service's tracing on and exports here, with its configured sampling and batching. */
    public Map<String, String> exportEnv() {
        return Map.of("QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
    }

    /** The spans received so far (empty for a {@linkplain #counting() counting} receiver). */
    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** Spans received so far. */
    public long spanCount() {
        return spanCount.get();
    }

    /** Export requests received so far. */
    public long exports() {
        return exports.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                collect(ExportTraceServiceRequest.parseFrom(body.readAllBytes()));
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private void collect(ExportTraceServiceRequest request) {
        exports.incrementAndGet();
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            if (!keepSpans) {
                resource.getScopeSpansList().forEach(scope -> spanCount.addAndGet(scope.getSpansCount()));
                continue;
            }
            String service = text(resource.getResource().getAttributesList()).getOrDefault("service.name", "?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                spanCount.addAndGet(scope.getSpansCount());
                scope.getSpansList().forEach(span -> spans.add(new ReceivedSpan(service,
                        hex.formatHex(span.getTraceId().toByteArray()), hex.formatHex(span.getSpanId().toByteArray()),
                        hex.formatHex(span.getParentSpanId().toByteArray()), span.getName(),
                        text(span.getAttributesList()))));
            }
        }
    }

    private static Map<String, String> text(List<KeyValue> attributes) {
        Map<String, String> values = new HashMap<>();
        for (KeyValue kv : attributes) {
            var v = kv.getValue();
            values.put(kv.getKey(), v.hasStringValue() ? v.getStringValue()
                    : v.hasIntValue() ? Long.toString(v.getIntValue()) : v.toString().trim());
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
        if (server.getExecutor() instanceof ExecutorService executor) {
            executor.shutdownNow();
        }
    }
}
