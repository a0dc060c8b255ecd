package io.staygrid.edge.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.staygrid.edge.client.Backend;
import io.staygrid.edge.client.DownstreamException;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrpcProblemsTest {

    @Test
    void canonicalCodesMapToTheDocumentedHttpStatuses() {
        assertThat(GrpcProblems.httpStatus(Status.Code.INVALID_ARGUMENT)).isEqualTo(400);
        assertThat(GrpcProblems.httpStatus(Status.Code.UNAUTHENTICATED)).isEqualTo(401);
        assertThat(GrpcProblems.httpStatus(Status.Code.PERMISSION_DENIED)).isEqualTo(403);
        assertThat(GrpcProblems.httpStatus(Status.Code.NOT_FOUND)).isEqualTo(404);
        assertThat(GrpcProblems.httpStatus(Status.Code.ALREADY_EXISTS)).isEqualTo(409);
        assertThat(GrpcProblems.httpStatus(Status.Code.FAILED_PRECONDITION)).isEqualTo(409);
        assertThat(GrpcProblems.httpStatus(Status.Code.RESOURCE_EXHAUSTED)).isEqualTo(429);
        assertThat(GrpcProblems.httpStatus(Status.Code.UNAVAILABLE)).isEqualTo(503);
        assertThat(GrpcProblems.httpStatus(Status.Code.DEADLINE_EXCEEDED)).isEqualTo(503);
        assertThat(GrpcProblems.httpStatus(Status.Code.INTERNAL)).isEqualTo(502);
    }

    @Test
    void aRefusalKeepsTheServicesReasonDomainAndMetadata() {
        DomainException refusal = new DomainException(ErrorKind.FAILED_PRECONDITION, "ROOMS_UNAVAILABLE", "sold out",
                Map.of("dates", "2027-04-28"));
        Problem problem = GrpcProblems.toProblem(new DownstreamException(Backend.INVENTORY,
                GrpcErrors.toStatus(refusal, "inventory.staygrid.io")));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.reason()).isEqualTo("ROOMS_UNAVAILABLE");
        assertThat(problem.domain()).isEqualTo("inventory.staygrid.io");
        assertThat(problem.metadata()).containsEntry("dates", "2027-04-28");
    }

    @Test
    void aBackendReportedUnavailabilityKeepsItsReason() {
        DomainException busy = new DomainException(ErrorKind.UNAVAILABLE, "INVENTORY_UNAVAILABLE", "cannot reach");
        Problem problem = GrpcProblems.toProblem(new DownstreamException(Backend.HOTEL,
                GrpcErrors.toStatus(busy, "hotel.staygrid.io")));
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.reason()).isEqualTo("INVENTORY_UNAVAILABLE");
    }

    @Test
    void anInternalErrorNeverLeaksTheBackendMessage() {
        Problem problem = GrpcProblems.toProblem(new DownstreamException(Backend.PRICING,
                Status.INTERNAL.withDescription("NullPointerException at Foo.java:12").asRuntimeException()));
        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.reason()).isEqualTo("DOWNSTREAM_ERROR");
        assertThat(problem.detail()).doesNotContain("NullPointer");
    }

    @Test
    void aRefusalWithoutErrorInfoGetsAFixedDetailNotTheBackendDescription() {
        Problem problem = GrpcProblems.toProblem(new DownstreamException(Backend.HOTEL,
                Status.NOT_FOUND.withDescription("row 42 missing in table hotel_internal").asRuntimeException()));
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.reason()).isEqualTo("NOT_FOUND");
        assertThat(problem.detail()).isEqualTo(GrpcProblems.fixedDetail(Status.Code.NOT_FOUND, "hotel service"))
                .doesNotContain("hotel_internal");
        Problem invalid = GrpcProblems.toProblem(new DownstreamException(Backend.PRICING,
                Status.INVALID_ARGUMENT.withDescription("SQL: bad value").asRuntimeException()));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.detail()).doesNotContain("SQL");
    }
}
