package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.testing.PostgresResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's 502s under load: a late response to a call whose caller gave up must not take down the other calls on
 * the same connection. On the separate gRPC server (this service's configuration) A's response is dropped and B
 * succeeds; {@link LateResponseOnTheUnifiedServerTest} shows the cause on the unified server.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class LateResponseAfterResetTest extends LateResponses {

    @Test
    void aLateResponseToAResetCallLeavesTheOtherCallsOnItsConnectionAlone() throws Exception {
        Throwable b = lateResponseWhileAnotherCallIsInFlight(ConfigProvider.getConfig()
                .getValue("quarkus.grpc.server.test-port", Integer.class));

        assertThat(b).as("call B on the same connection").isNull();
    }
}
