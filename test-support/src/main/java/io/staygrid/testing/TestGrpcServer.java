package io.staygrid.testing;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A small real gRPC server on a free loopback port, standing in for a downstream service in a
 * service's own tests. The behaviour is whatever the given service implementations do.
 */
public final class TestGrpcServer implements AutoCloseable {

    private final Server server;

    private TestGrpcServer(Server server) {
        this.server = server;
    }

    /** Starts a server on a free port of 127.0.0.1 serving the given services. */
    public static TestGrpcServer start(BindableService... services) {
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
        for (BindableService service : services) {
            builder.addService(service);
        }
        try {
            return new TestGrpcServer(builder.build().start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test gRPC server", e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
