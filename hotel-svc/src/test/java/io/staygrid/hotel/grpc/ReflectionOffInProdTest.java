package io.staygrid.hotel.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.reflection.v1alpha.Reflection.ServerReflectionRequest;
import grpc.reflection.v1alpha.Reflection.ServerReflectionResponse;
import grpc.reflection.v1alpha.ServerReflectionGrpc;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.testing.PostgresResource;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In the prod profile (no profile of our own set) server reflection is off: the API surface is not browsable. */
@QuarkusTest
@TestProfile(ReflectionOffInProdTest.Prod.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class ReflectionOffInProdTest {

    public static class Prod implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.grpc.clients.self.host", "localhost");
        }
    }

    @GrpcClient("self")
    Channel channel;

    @Test
    void reflectionIsUnimplementedWhileTheServiceAnswers() throws Exception {
        HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .check(HealthCheckRequest.getDefaultInstance());
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);

        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .withDeadlineAfter(10, TimeUnit.SECONDS).serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        answer.complete(response);
                    }

                    @Override
                    public void onError(Throwable t) {
                        answer.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        requests.onCompleted();
        try {
            answer.get(15, TimeUnit.SECONDS);
            throw new AssertionError("reflection answered in prod");
        } catch (ExecutionException e) {
            assertThat(Status.fromThrowable(e.getCause()).getCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
        }
    }
}
