package io.staygrid.hotel;

import static org.assertj.core.api.Assertions.assertThat;

import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.testing.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SmokeTest {

    @GrpcClient("self")
    HealthGrpc.HealthBlockingStub health;

    @Test
    void grpcHealthAnswersServing() {
        HealthCheckResponse r = health.check(HealthCheckRequest.getDefaultInstance());
        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }
}
