package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST input the OpenAPI document lists (path and query parameters, and each string, integer or date
 * property of a JSON body) takes naughty values on the real mesh without a 5xx: naughty strings (BLNS, test
 * resources {@code blns/}, MIT, with NUL, BOM, control and invisible characters, plus synthetic ones), numbers out of
 * range and absurd dates. Requests go as an admin against a hotel made for this test, so anything a value happens to
 * change is that hotel's; numeric-looking values never go into the path of a write (they could name a real hotel).
 */
@ExtendWith(MeshExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestNaughtyInputsTest {

    private static final Pattern NUMERIC = Pattern.compile("\\s*[+-]?[0-9.,eE]+\\s*");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private StayGridApi api;
    private String admin;
    private TestHotel hotel;
    private List<String> values;

    @BeforeAll
    void setUp(StayGridApi api) {
        this.api = api;
        this.admin = api.tokens().admin("rest-fuzz-" + UUID.randomUUID());
        this.hotel = TestHotel.create(api, "Fuzzville", 2, 10, "90.00");
        List<String> blns = Blns.strings();
        values = new ArrayList<>(Stream.of("\u0000", "a\u0000b", "\uFEFF1", "\uD800", "x\uDFFFy", "\u0007", "%00", "%",
                "x".repeat(5_000), "-1", "0", "9223372036854775808", "-9223372036854775809", "1e309", "NaN", "0x10",
                "0000-00-00", "9999-12-31", "-999999999-01-01", "2027-02-30", "+10000-01-01", "true", "[]", "{}",
                "' OR '1'='1' --", "../../etc/passwd", "\u202E", "\r\nX: 1").toList());
        blns.stream().filter(s -> s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFEFF || c > 0xFFFF))
                .limit(12).forEach(values::add);
    }

    @Test
    void noNaughtyValueInAnyParameterOrBodyFieldGetsA5xx() {
        JsonNode openapi = api.send("GET", "/q/openapi?format=json", null, null).body();
        assertThat(openapi).as("the OpenAPI document").isNotNull();
        Map<String, String> serverErrors = new LinkedHashMap<>();
        int requests = 0;
        int inputs = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String template = entry.getKey();
            if (!template.startsWith("/v1/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = entry.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                entry.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    JsonNode p = resolve(openapi, parameter);
                    String in = p.path("in").asText();
                    if (!in.equals("path") && !in.equals("query")) {
                        continue;
                    }
                    if (in.equals("query") && method.equals("delete")) {
                        continue; // a delete of this test's hotel would end the sweep early; its path ids are fuzzed
                    }
                    inputs++;
                    for (String value : values) {
                        if (in.equals("path") && !method.equals("get") && NUMERIC.matcher(value).matches()) {
                            continue;
                        }
                        String path = in.equals("path") ? fill(template, p.path("name").asText(), value)
                                : fill(template, null, null) + "?" + p.path("name").asText() + "=" + encode(value);
                        requests++;
                        check(serverErrors, method, path, null, template + " " + in + " " + p.path("name").asText(), value);
                    }
                }
                JsonNode schema = resolve(openapi, operation.path("requestBody").path("content")
                        .path("application/json").path("schema"));
                if (method.equals("delete") || schema.isMissingNode()) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    String type = resolve(openapi, property.getValue()).path("type").asText();
                    if (!type.equals("string") && !type.equals("integer") && !type.equals("number")) {
                        continue;
                    }
                    inputs++;
                    for (String value : values) {
                        ObjectNode body = StayGridApi.JSON.createObjectNode();
                        body.put(property.getKey(), value);
                        requests++;
                        check(serverErrors, method, fill(template, null, null), body,
                                template + " body " + property.getKey(), value);
                        if (type.equals("integer") || type.equals("number")) {
                            break; // a string where a number belongs is one case; numbers follow
                        }
                    }
                    if (type.equals("integer") || type.equals("number")) {
                        for (String number : List.of("-1", "0", "2147483648", "9223372036854775808", "-9223372036854775809",
                                "1e309", "1.5", "-0.0")) {
                            ObjectNode body = StayGridApi.JSON.createObjectNode();
                            body.set(property.getKey(), StayGridApi.JSON.getNodeFactory().numberNode(new java.math.BigDecimal(number)));
                            requests++;
                            check(serverErrors, method, fill(template, null, null), body,
                                    template + " body " + property.getKey(), number);
                        }
                    }
                }
            }
        }
        System.out.printf("RestNaughtyInputsTest: %d inputs, %d requests%n", inputs, requests);
        assertThat(inputs).as("inputs found in the OpenAPI document").isGreaterThan(40);
        assertThat(serverErrors).as("input -> first 5xx").isEmpty();
    }

    private void check(Map<String, String> serverErrors, String method, String path, JsonNode body, String input, String value) {
        ApiResponse response = api.send(method.toUpperCase(java.util.Locale.ROOT), path, admin, body);
        if (response.status() >= 500) {
            serverErrors.putIfAbsent(method.toUpperCase(java.util.Locale.ROOT) + " " + input,
                    response.status() + " " + response.reason() + " for " + Blns.shown(value));
        }
    }

    /** The path with this test's ids, and {@code value} (encoded) for the parameter {@code name}. */
    private String fill(String template, String name, String value) {
        String path = template;
        for (Map.Entry<String, String> id : Map.of("hotelID", Long.toString(hotel.hotelId()), "roomTypeID",
                Long.toString(hotel.roomTypeId()), "roomID", "1", "outageID", "1", "reservationID",
                UUID.randomUUID().toString()).entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getKey().equals(name) ? encode(value) : id.getValue());
        }
        if (name != null && path.contains("{" + name + "}")) {
            path = path.replace("{" + name + "}", encode(value));
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        JsonNode target = openapi;
        for (String part : ref.asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
