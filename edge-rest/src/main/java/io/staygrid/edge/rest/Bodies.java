package io.staygrid.edge.rest;

import io.staygrid.edge.error.ProblemException;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/** Request body checks shared by the resources. */
final class Bodies {

    private Bodies() {
    }

    /** An empty body is a 400 MISSING_BODY problem, not a NullPointerException. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ProblemException(400, "MISSING_BODY", "a JSON request body is required", Map.of());
        }
        return body;
    }

    /** 201 Created with the new resource's location. */
    static <T> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }

    /** 201 for a new booking, 200 when the service replayed the first answer of the same request. */
    static <T> RestResponse<T> createdOrReplayed(boolean replayed, T entity) {
        return replayed ? RestResponse.ok(entity) : RestResponse.status(RestResponse.Status.CREATED, entity);
    }
}
