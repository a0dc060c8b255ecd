package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.testing.PostgresResource;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The cause of issue 13's 502s, kept as a canary: {@link LateResponses}' sequence against the unified
 * gRPC server on the HTTP port (what the services ran before) closes the connection with GOAWAY PROTOCOL_ERROR, and
 * the call in flight on it fails INTERNAL (the edge's 502). When this fails, the unified server is fixed (quarkusio/quarkus#56268).
 */
@QuarkusTest
@TestProfile(LateResponseOnTheUnifiedServerTest.Unified.class)
@QuarkusTestResource(PostgresResource.class)
class LateResponseOnTheUnifiedServerTest extends LateResponses {

    public static class Unified implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.grpc.server.use-separate-server", "false");
        }
    }

    @Test
    void aLateResponseToAResetCallClosesTheConnectionWithGoawayAndFailsTheCallInFlight() throws Exception {
        Throwable b = lateResponseWhileAnotherCallIsInFlight(ConfigProvider.getConfig()
                .getValue("quarkus.http.test-port", Integer.class));

        // INTERNAL ("Connection closed after GOAWAY. HTTP/2 error code: PROTOCOL_ERROR, debug data: Request stream 3 is
        // not correct for server connection"): what the edge answered as 502 DOWNSTREAM_ERROR.
        assertThat(GrpcErrors.code(b)).as(String.valueOf(b)).isEqualTo(Status.Code.INTERNAL);
        assertThat(b).hasMessageContaining("GOAWAY").hasMessageContaining("PROTOCOL_ERROR")
                .hasMessageContaining("is not correct for server connection");
    }
}
