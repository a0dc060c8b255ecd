package io.staygrid.benchmarks;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.staygrid.inventory.v1.GetOverbookingPolicyRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real inventory-svc (its quarkus-run.jar) started as a child process on the benchmark's database. */
final class InventoryProcess implements AutoCloseable {

    private final Process process;
    private final ManagedChannel channel;

    private InventoryProcess(Process process, ManagedChannel channel) {
        this.process = process;
        this.channel = channel;
    }

    static InventoryProcess start(Path jar, String jdbcUrl, Path log) throws IOException, InterruptedException {
        int port;
        int httpPort;
        try (ServerSocket socket = new ServerSocket(0); ServerSocket http = new ServerSocket(0)) {
            port = socket.getLocalPort();
            httpPort = http.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dquarkus.grpc.server.port=" + port,
                "-Dquarkus.http.port=" + httpPort, "-Dquarkus.scheduler.enabled=false"));
        // bench.serviceJvmArgs: extra JVM options for the service, e.g. -XX:StartFlightRecording=... to profile it.
        String extra = System.getProperty("bench.serviceJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("STAYGRID_INVENTORY_DB_URL", jdbcUrl);
        builder.environment().put("STAYGRID_DB_USER", "postgres");
        builder.environment().put("STAYGRID_DB_PASSWORD", "postgres");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        InventoryProcess started = new InventoryProcess(process, channel);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try {
                InventoryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(2, TimeUnit.SECONDS)
                        .getOverbookingPolicy(GetOverbookingPolicyRequest.newBuilder().setHotelId(1).build());
                return started;
            } catch (RuntimeException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    started.close();
                    throw new IllegalStateException("inventory-svc did not start; see " + log, notYet);
                }
                process.waitFor(250, TimeUnit.MILLISECONDS);
            }
        }
    }

    ManagedChannel channel() {
        return channel;
    }

    static boolean exists(String jar) {
        return jar != null && new File(jar).isFile();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow();
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
