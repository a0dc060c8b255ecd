package io.staygrid.support.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrpcErrorsTest {

    @Test
    void aDomainErrorTravelsAsCanonicalStatusWithErrorInfo() {
        DomainException refused = DomainException.failedPrecondition("ROOMS_UNAVAILABLE", "sold out")
                .with("dates", "2027-04-28");

        StatusRuntimeException status = GrpcErrors.toStatus(refused, "inventory.staygrid.io");

        assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(status.getStatus().getDescription()).isEqualTo("sold out");
        ErrorInfo info = GrpcErrors.errorInfo(status).orElseThrow();
        assertThat(info.getDomain()).isEqualTo("inventory.staygrid.io");
        assertThat(info.getReason()).isEqualTo("ROOMS_UNAVAILABLE");
        assertThat(info.getMetadataMap()).containsEntry("dates", "2027-04-28");
    }

    @Test
    void aDownstreamRefusalIsPassedOnWithItsReasonAndMetadata() {
        StatusRuntimeException remote = GrpcErrors.toStatus(
                new DomainException(ErrorKind.NOT_FOUND, "ROOM_TYPE_NOT_FOUND", "no such room type", Map.of("room_type_id", "7")),
                "inventory.staygrid.io");

        DomainException passedOn = GrpcErrors.toDomain(remote, "INVENTORY_UNAVAILABLE");

        assertThat(passedOn.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(passedOn.reason()).isEqualTo("ROOM_TYPE_NOT_FOUND");
        assertThat(passedOn.metadata()).containsEntry("room_type_id", "7");
    }

    @Test
    void transportFailuresBecomeUnavailableOrDeadlineWithTheCallersReason() {
        DomainException down = GrpcErrors.toDomain(Status.UNAVAILABLE.asRuntimeException(), "INVENTORY_UNAVAILABLE");
        DomainException slow = GrpcErrors.toDomain(Status.DEADLINE_EXCEEDED.asRuntimeException(), "INVENTORY_UNAVAILABLE");

        assertThat(down.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(down.reason()).isEqualTo("INVENTORY_UNAVAILABLE");
        assertThat(slow.kind()).isEqualTo(ErrorKind.DEADLINE_EXCEEDED);
        assertThat(GrpcErrors.reason(Status.INTERNAL.asRuntimeException())).isEmpty();
    }
}
