package io.staygrid.edge.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem+json error responses every operation can give: 400, 404, 409, 429, 503 for
 * all; 401 and 403 for the operations that need a token.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> ALWAYS = Map.of(
            "400", "Invalid request: malformed JSON, wrong types, unknown fields, bad dates, invalid values",
            "404", "Not found (for reservations also: not yours)",
            "409", "Conflict with the current state (FAILED_PRECONDITION, ALREADY_EXISTS): see reason",
            "413", "Request body too large",
            "429", "Rate limited; see Retry-After",
            "503", "A backend service is unavailable or timed out; see reason");
    private static final Map<String, String> SECURED = Map.of(
            "401", "Missing, invalid or expired bearer token",
            "403", "The token's role or hotels do not allow this");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                ALWAYS.forEach((code, text) -> add(operation, code, text));
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    SECURED.forEach((code, text) -> add(operation, code, text));
                }
            }
        }
    }

    private static void add(Operation operation, String code, String description) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(code)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        operation.getResponses().addAPIResponse(code, response);
    }
}
