package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.localrunner.ServiceSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every backend answers grpc.health.v1 and lists its StayGrid service through server reflection. */
@ExtendWith(MeshExtension.class)
class GrpcEndpointsTest {

    private static final Map<String, String> SERVICE_OF = Map.of(
            ServiceSpec.HOTEL.module(), "staygrid.hotel.v1.HotelService",
            ServiceSpec.INVENTORY.module(), "staygrid.inventory.v1.InventoryService",
            ServiceSpec.PRICING.module(), "staygrid.pricing.v1.PricingService",
            ServiceSpec.RESERVATION.module(), "staygrid.reservation.v1.ReservationService");

    @Test
    void everyBackendIsServingOverGrpcHealthAndListsItsServiceThroughReflection(RunningMesh mesh) throws Exception {
        List<ServiceProcess> backends = mesh.services().stream()
                .filter(p -> SERVICE_OF.containsKey(p.spec().module())).toList();
        assertThat(backends).hasSize(SERVICE_OF.size());

        for (ServiceProcess backend : backends) {
            // The back end's own gRPC server, not its HTTP port.
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", backend.spec().port()).usePlaintext().build();
            try {
                HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                        .check(HealthCheckRequest.getDefaultInstance());
                assertThat(health.getStatus()).as(backend.spec().module()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);

                assertThat(listedServices(channel)).as(backend.spec().module())
                        .contains(SERVICE_OF.get(backend.spec().module()), "grpc.health.v1.Health");
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> listedServices(ManagedChannel channel) throws Exception {
        CompletableFuture<List<String>> names = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        names.complete(response.getListServicesResponse().getServiceList().stream()
                                .map(ServiceResponse::getName).toList());
                    }

                    @Override
                    public void onError(Throwable t) {
                        names.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                        names.complete(List.of());
                    }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("*").build());
        requests.onCompleted();
        return names.get(10, TimeUnit.SECONDS);
    }
}
