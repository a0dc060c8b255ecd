package io.staygrid.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A multi-document Kubernetes YAML file read into the fabric8 typed models, by kind. */
record Manifests(List<Deployment> deployments, List<Service> services, List<ConfigMap> configMaps,
                 List<Secret> secrets, List<String> otherKinds) {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static Path root() {
        return Path.of(System.getProperty("staygrid.repository.root", "..")).toAbsolutePath().normalize();
    }

    static Manifests read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: generate the manifests (-Dstaygrid.manifests.write=true)");
        }
        Manifests m = new Manifests(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            for (var docs = YAML.readValues(parser, JsonNode.class); docs.hasNext(); ) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isEmpty()) {
                    continue;
                }
                switch (doc.path("kind").asText()) {
                    case "Deployment" -> m.deployments.add(JSON.convertValue(doc, Deployment.class));
                    case "Service" -> m.services.add(JSON.convertValue(doc, Service.class));
                    case "ConfigMap" -> m.configMaps.add(JSON.convertValue(doc, ConfigMap.class));
                    case "Secret" -> m.secrets.add(JSON.convertValue(doc, Secret.class));
                    default -> m.otherKinds.add(doc.path("kind").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
