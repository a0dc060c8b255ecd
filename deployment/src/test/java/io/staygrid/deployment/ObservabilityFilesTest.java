package io.staygrid.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus/alerts.yml and deploy/grafana/staygrid.json parse, are complete, and only query meters that a
 * README documents (each service's "Metrics" section, and deploy/README.md for the framework's meters).
 */
class ObservabilityFilesTest {

    private static final Path ROOT = Manifests.root();
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "and", "or", "unless", "le");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?!\\w)(\\s*\\()?");

    @Test
    void alertRulesParseAndEachHasSeverityAndSummaryAndQueriesDocumentedMeters() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(ROOT.resolve("deploy/prometheus/alerts.yml").toFile());
        List<JsonNode> all = new ArrayList<>();
        rules.path("groups").forEach(group -> group.path("rules").forEach(all::add));
        assertThat(all).extracting(r -> r.path("alert").asText()).contains("StayGridHttpErrorRatioHigh",
                "StayGridGrpcErrorRatioHigh", "StayGridStuckReservations", "StayGridCompensationBacklog");
        Set<String> documented = documentedMeters();
        for (JsonNode rule : all) {
            assertThat(rule.path("expr").asText()).as(rule.path("alert").asText()).isNotBlank();
            assertThat(rule.path("labels").path("severity").asText()).isIn("page", "ticket");
            assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
            assertThat(metricsIn(rule.path("expr").asText())).as("meters of %s", rule.path("alert").asText())
                    .isNotEmpty().allSatisfy(name -> assertThat(documented).contains(name));
        }
    }

    @Test
    void dashboardParsesAndEachPanelQueriesDocumentedMeters() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(ROOT.resolve("deploy/grafana/staygrid.json").toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("staygrid-overview");
        Set<String> documented = documentedMeters();
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            titles.add(panel.path("title").asText());
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(metricsIn(target.path("expr").asText())).as("meters of panel %s", panel.path("title").asText())
                        .isNotEmpty().allSatisfy(name -> assertThat(documented).contains(name));
            }
        }
        assertThat(titles).anyMatch(t -> t.startsWith("Funnel")).anyMatch(t -> t.startsWith("Error ratio"));
    }

    @Test
    void metricNamesAreReadFromPromql() {
        assertThat(metricsIn("sum by (application) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]))"
                + " / max(staygrid_reservations_stuck) > 0.05"))
                .containsExactlyInAnyOrder("http_server_requests_seconds", "staygrid_reservations_stuck");
    }

    /** Meter names in a PromQL expression, without the _bucket/_count/_sum/_max series suffixes. */
    static Set<String> metricsIn(String expr) {
        String plain = expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("(by|without|on|ignoring)\\s*\\([^)]*\\)", "").replace("$__rate_interval", "");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(plain);
        while (m.find()) {
            String word = m.group().replaceAll("\\s*\\($", "");
            if (m.group(1) == null && !PROMQL_WORDS.contains(word) && word.contains("_")) {
                names.add(word.replaceAll("_(bucket|count|sum|max)$", ""));
            }
        }
        return names;
    }

    /**
     * Every `snake_case` name in backquotes in the module READMEs and deploy/README.md, with the series suffix
     * removed as {@link #metricsIn} removes it (a gauge such as {@code agroal_active_count} is named so in full).
     */
    static Set<String> documentedMeters() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern quoted = Pattern.compile("`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`");
        try (Stream<Path> files = Stream.concat(Files.list(ROOT).filter(Files::isDirectory).map(d -> d.resolve("README.md")),
                Stream.of(ROOT.resolve("deploy/README.md")))) {
            for (Path readme : files.filter(Files::isRegularFile).toList()) {
                Matcher m = quoted.matcher(Files.readString(readme));
                while (m.find()) {
                    names.add(m.group(1).replaceAll("_(bucket|count|sum|max)$", ""));
                }
            }
        }
        return names;
    }
}
