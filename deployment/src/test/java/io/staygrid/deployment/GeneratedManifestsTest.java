package io.staygrid.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every service's manifest, deploy/kubernetes/&lt;service&gt;.yml: exactly what {@link ManifestGenerator} makes from the
 * service's application.properties today (run with {@code -Dstaygrid.manifests.write=true} to rewrite them), read
 * back into fabric8's typed models: a Deployment whose probes ask /q/health on the HTTP port, with resources,
 * configuration from the ConfigMaps and Secret that deploy/kubernetes/config-example.yml defines (with every
 * variable the service needs), and a Service in front.
 */
class GeneratedManifestsTest {

    /**
     * A service, its HTTP port (health, metrics; the edge's REST), its gRPC server's port (0: none, the edge), and what
     * it reads from its ConfigMap and Secret.
     */
    record Svc(String name, int port, int grpcPort, List<String> configKeys, String secret, List<String> secretKeys) {
    }

    static Stream<Svc> services() {
        List<String> db = List.of("STAYGRID_DB_USER", "STAYGRID_DB_PASSWORD");
        return Stream.of(
                new Svc("hotel-svc", 9081, 8081, List.of("STAYGRID_HOTEL_DB_URL"), "staygrid-db", db),
                new Svc("inventory-svc", 9082, 8082, List.of("STAYGRID_INVENTORY_DB_URL"), "staygrid-db", db),
                new Svc("pricing-svc", 9083, 8083, List.of("STAYGRID_PRICING_DB_URL"), "staygrid-db", db),
                new Svc("reservation-svc", 9084, 8084, List.of("STAYGRID_RESERVATION_DB_URL"), "staygrid-db", db),
                new Svc("edge-rest", 8080, 0, List.of("MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES",
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION"), "edge-rest-jwt", List.of("MP_JWT_VERIFY_PUBLICKEY")));
    }

    private static final Manifests CONFIG = Manifests.read(Manifests.root().resolve("deploy/kubernetes/config-example.yml"));

    private static Manifests generated(Svc svc) {
        return Manifests.read(ManifestGenerator.manifestFile(Manifests.root(), spec(svc)));
    }

    private static ManifestGenerator.ServiceSpec spec(Svc svc) {
        return ManifestGenerator.SERVICES.stream().filter(s -> s.module().equals(svc.name())).findFirst().orElseThrow();
    }

    /** With {@code -Dstaygrid.manifests.write=true}, rewrites every manifest before any test reads one. */
    @BeforeAll
    static void rewriteWhenAsked() {
        if (Boolean.getBoolean("staygrid.manifests.write")) {
            ManifestGenerator.main(new String[] {Manifests.root().toString()});
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theCommittedManifestIsWhatTheGeneratorMakesToday(Svc svc) throws Exception {
        Path file = ManifestGenerator.manifestFile(Manifests.root(), spec(svc));
        assertThat(file).as("regenerate with -Dstaygrid.manifests.write=true").exists();
        assertThat(Files.readString(file)).as("%s is stale: regenerate with -Dstaygrid.manifests.write=true", file)
                .isEqualTo(ManifestGenerator.manifest(Manifests.root(), spec(svc)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyStringFieldIsAYamlStringAsKubernetesRequires(Svc svc) throws Exception {
        JsonNode deployment = yamlDocuments(ManifestGenerator.manifestFile(Manifests.root(), spec(svc))).get(0);
        JsonNode pod = deployment.path("spec").path("template");
        pod.path("metadata").path("annotations").forEach(value ->
                assertThat(value.isTextual()).as("annotation %s is a string", value).isTrue());
        pod.path("spec").path("containers").get(0).path("env").forEach(env ->
                assertThat(env.path("value").isTextual()).as("env %s is a string", env).isTrue());
    }

    private static List<JsonNode> yamlDocuments(Path file) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            new YAMLMapper().readValues(parser, JsonNode.class).forEachRemaining(docs::add);
        }
        return docs;
    }

    @ParameterizedTest
    @MethodSource("services")
    void deploymentProbesHealthOnTheServicePortWithResources(Svc svc) {
        Manifests m = generated(svc);
        assertThat(m.deployments()).extracting(d -> d.getMetadata().getName()).containsExactly(svc.name());
        Deployment deployment = m.deployments().get(0);
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getContainerPort()).isEqualTo(svc.port());
            assertThat(p.getName()).isEqualTo("http");
        });
        if (svc.grpcPort() != 0) {
            assertThat(container.getPorts()).anySatisfy(p -> {
                assertThat(p.getContainerPort()).isEqualTo(svc.grpcPort());
                assertThat(p.getName()).isEqualTo("grpc");
            });
            assertThat(container.getEnv()).anySatisfy(e -> {
                assertThat(e.getName()).isEqualTo("QUARKUS_GRPC_SERVER_PORT");
                assertThat(e.getValue()).isEqualTo(Integer.toString(svc.grpcPort()));
            });
        } else {
            assertThat(container.getPorts()).hasSize(1);
        }
        assertHealth(container.getLivenessProbe(), "/q/health/live");
        assertHealth(container.getReadinessProbe(), "/q/health/ready");
        assertHealth(container.getStartupProbe(), "/q/health/started");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/path", "/q/metrics").containsEntry("prometheus.io/port", Integer.toString(svc.port()));

        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");
        assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
    }

    @ParameterizedTest
    @MethodSource("services")
    void configurationComesFromTheConfigMapsAndSecretOfConfigExample(Svc svc) {
        Container container = generated(svc).deployments().get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
        List<EnvFromSource> from = container.getEnvFrom();
        Set<String> configMaps = from.stream().map(EnvFromSource::getConfigMapRef).filter(Objects::nonNull)
                .map(ref -> ref.getName()).collect(Collectors.toSet());
        Set<String> secrets = from.stream().map(EnvFromSource::getSecretRef).filter(Objects::nonNull)
                .map(ref -> ref.getName()).collect(Collectors.toSet());
        assertThat(configMaps).containsExactlyInAnyOrder("staygrid-mesh", svc.name() + "-config");
        assertThat(secrets).containsExactly(svc.secret());

        Set<String> configured = CONFIG.configMaps().stream().filter(c -> configMaps.contains(c.getMetadata().getName()))
                .flatMap(c -> c.getData().keySet().stream()).collect(Collectors.toSet());
        assertThat(configured).as("variables from the ConfigMaps").containsAll(svc.configKeys())
                .contains("QUARKUS_OTEL_SDK_DISABLED", "STAYGRID_LOG_JSON");
        if (!svc.name().equals("inventory-svc")) {
            assertThat(configured).as("downstream addresses").contains("STAYGRID_INVENTORY_HOST", "STAYGRID_INVENTORY_PORT");
        }
        Secret secret = CONFIG.secrets().stream().filter(s -> s.getMetadata().getName().equals(svc.secret()))
                .findFirst().orElseThrow(() -> new AssertionError("config-example.yml has no Secret " + svc.secret()));
        assertThat(secret.getStringData()).containsKeys(svc.secretKeys().toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("services")
    void aServiceRoutesGrpcToTheGrpcPortAndTheEdgesHttpToItsPort(Svc svc) {
        Manifests m = generated(svc);
        Service service = m.services().stream().filter(s -> s.getMetadata().getName().equals(svc.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + svc.name()));
        Map<String, String> podLabels = m.deployments().get(0).getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        ServicePort port = service.getSpec().getPorts().get(0);
        boolean grpc = svc.grpcPort() != 0;
        assertThat(port.getPort()).isEqualTo(grpc ? svc.grpcPort() : svc.port());
        if (grpc) {
            assertThat(port.getTargetPort().getIntVal()).as("a number: older pods serve gRPC on it too").isEqualTo(svc.grpcPort());
        } else {
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
        }
        assertThat(port.getName()).isEqualTo(grpc ? "grpc" : "http");
    }

    private static void assertHealth(Probe probe, String path) {
        assertThat(probe).as("probe %s", path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }
}
