package io.staygrid.edge.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.staygrid.edge.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads a PATCH (JSON merge patch) body: which fields are present, and their values as the input type. */
@ApplicationScoped
public class Patches {

    /** The fields present in the body and the body as the input type (absent fields null). */
    public record Patch<T>(Set<String> fields, T value) {
    }

    private final ObjectMapper mapper;

    Patches(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> Patch<T> read(ObjectNode body, Class<T> type) throws JsonMappingException {
        if (body == null) {
            throw new ProblemException(400, "INVALID_JSON", "the request body must be a JSON object", Map.of());
        }
        Set<String> fields = new HashSet<>();
        body.fieldNames().forEachRemaining(fields::add);
        try {
            return new Patch<>(fields, mapper.convertValue(body, type));
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException mapping) {
                throw mapping;
            }
            throw e;
        }
    }
}
