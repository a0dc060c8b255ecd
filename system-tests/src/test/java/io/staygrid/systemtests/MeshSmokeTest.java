package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.localrunner.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MeshExtension.class)
class MeshSmokeTest {

    @Test
    void everyServiceOfTheMeshIsRunningAndReady(RunningMesh mesh) {
        assertThat(mesh.services()).extracting(p -> p.spec().module())
                .containsExactlyInAnyOrderElementsOf(ServiceSpec.ALL.stream().map(ServiceSpec::module).toList());
        for (ServiceProcess service : mesh.services()) {
            assertThat(service.isAlive()).as(service.spec().module()).isTrue();
            StayGridApi direct = new StayGridApi(service.httpUrl(), mesh.tokens());
            assertThat(direct.get(null, "/q/health/ready").status()).as(service.spec().module()).isEqualTo(200);
        }
    }

    @Test
    void edgeServesItsOpenApiDocumentAndSwaggerUi(StayGridApi api) {
        assertThat(api.get(null, "/q/openapi?format=json").status()).isEqualTo(200);
        assertThat(api.get(null, "/q/swagger-ui/").status()).isEqualTo(200);
    }
}
