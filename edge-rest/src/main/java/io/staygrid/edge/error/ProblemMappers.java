package io.staygrid.edge.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.staygrid.edge.client.DownstreamException;
import io.staygrid.edge.web.ErrorPage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure a request can meet, as an application/problem+json response; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response downstream(DownstreamException e, UriInfo uri) {
        Problem problem = GrpcProblems.toProblem(e);
        if (problem.status() >= 500) {
            LOG.warnf("%s -> %d %s (%s)", uri.getPath(), problem.status(), problem.reason(), e.status().getStatus());
        }
        Response.ResponseBuilder response = builder(problem.at(uri.getPath()));
        if (problem.status() == 503 || problem.status() == 429) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response edge(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        return respond(Problem.of(400, "UNKNOWN_FIELD", "unknown field '" + field + "'", Problem.EDGE_DOMAIN,
                Map.of("field", field)), uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String field = path(e);
        boolean date = e.getTargetType() != null && Temporal.class.isAssignableFrom(e.getTargetType());
        String reason = date ? "INVALID_DATE" : "INVALID_FIELD_VALUE";
        String detail = date ? "field '" + field + "' must be an ISO date (yyyy-mm-dd) that exists"
                : "field '" + field + "' has a value that is not a valid " + simpleName(e.getTargetType());
        return respond(Problem.of(400, reason, detail, Problem.EDGE_DOMAIN, Map.of("field", field)), uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        if (field.isEmpty()) {
            return respond(Problem.of(400, "INVALID_JSON", "the request body is missing or not a JSON object",
                    Problem.EDGE_DOMAIN, Map.of()), uri);
        }
        return respond(Problem.of(400, "INVALID_FIELD_TYPE",
                "field '" + field + "' must be a " + simpleName(e.getTargetType()), Problem.EDGE_DOMAIN,
                Map.of("field", field)), uri);
    }

    @ServerExceptionMapper
    public Response badMapping(JsonMappingException e, UriInfo uri) {
        String field = path(e);
        boolean date = e.getCause() instanceof java.time.DateTimeException;
        return respond(Problem.of(400, date ? "INVALID_DATE" : "INVALID_FIELD_VALUE",
                "field '" + field + "' is invalid", Problem.EDGE_DOMAIN, Map.of("field", field)), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return respond(Problem.of(400, "INVALID_JSON", "the request body is not well-formed JSON", Problem.EDGE_DOMAIN,
                Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "INVALID_JSON", "the request body could not be read as JSON",
                Problem.EDGE_DOMAIN, Map.of()), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(401, "UNAUTHENTICATED", "a valid bearer token is required", Problem.EDGE_DOMAIN,
                Map.of()).at(uri.getPath());
        return builder(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "PERMISSION_DENIED", "your role does not allow this operation",
                Problem.EDGE_DOMAIN, Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (ErrorPage.wanted(uri, headers)) {
            return ErrorPage.response(e.getResponse().getStatus(), ErrorPage.signInMode());
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        String reason = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "BODY_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL" : "BAD_REQUEST";
        };
        String detail = status >= 500 ? "internal error" : HttpTitles.of(status);
        return respond(Problem.of(status, reason, detail, Problem.EDGE_DOMAIN, Map.of()), uri);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return invalidValue(format, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return badMapping(mapping, uri);
        }
        return e instanceof JsonParseException parse ? malformed(parse, uri) : otherJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error on %s (incident %s)", uri.getPath(), incident);
        if (ErrorPage.wanted(uri, headers)) {
            return ErrorPage.response(500, ErrorPage.signInMode());
        }
        return respond(Problem.of(500, "INTERNAL", "internal error (incident " + incident + ")", Problem.EDGE_DOMAIN,
                Map.of("incident", incident)), uri);
    }

    static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return builder(problem.at(uri.getPath())).build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value of the expected type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName();
    }
}
