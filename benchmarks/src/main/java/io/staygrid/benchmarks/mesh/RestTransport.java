package io.staygrid.benchmarks.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The public /v1 API over HTTP/1.1 with java.net.http (its connection pool is capped at the number of
 * client threads by {@link MeshBenchmark}). Bodies and paths as in edge-rest/README.md.
 */
final class RestTransport implements Transport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    RestTransport(String edgeUrl) {
        this.base = edgeUrl;
    }

    @Override
    public Outcome availability(Chain.Stay stay) {
        HttpRequest request = request("/v1/hotels/" + stay.hotelId() + "/availability?startDate=" + stay.start()
                + "&endDate=" + stay.end(), null).GET().build();
        return send(request, false, (status, body) -> Outcome.ok(Integer.toString(status))).outcome();
    }

    @Override
    public Quote quote(Chain.Stay stay) {
        ObjectNode body = JSON.createObjectNode().put("hotelID", stay.hotelId()).put("roomTypeID", stay.roomTypeId())
                .put("startDate", stay.start().toString()).put("endDate", stay.end().toString()).put("rooms", 1);
        Answer a = send(post("/v1/quotes", null, body), true, (status, json) -> Outcome.ok(Integer.toString(status)));
        return a.outcome().kind() == Outcome.Kind.OK
                ? new Quote(a.outcome(), a.body().path("reservationID").asText(), a.body().path("quoteID").asText())
                : new Quote(a.outcome(), null, null);
    }

    @Override
    public Outcome book(TokenSigner.Guest guest, Chain.Stay stay, Quote quote) {
        ObjectNode body = JSON.createObjectNode().put("reservationID", quote.reservationId()).put("quoteID", quote.quoteId())
                .put("hotelID", stay.hotelId()).put("roomTypeID", stay.roomTypeId()).put("startDate", stay.start().toString())
                .put("endDate", stay.end().toString()).put("rooms", 1).put("guests", 1).put("paymentToken", "tok_approve");
        return send(post("/v1/reservations", guest.token(), body), true, (status, json) -> Outcome.reservation(
                Integer.toString(status), json.path("status").asText("?"), json.path("rejectionReason").asText("-"))).outcome();
    }

    /** The hotel's rate calendar for the stay's nights (pricing-svc): the soak's price read. */
    Outcome rateCalendar(Chain.Stay stay) {
        HttpRequest request = request("/v1/hotels/" + stay.hotelId() + "/rate-calendar?startDate=" + stay.start()
                + "&endDate=" + stay.end(), null).GET().build();
        return send(request, false, (status, body) -> Outcome.ok(Integer.toString(status))).outcome();
    }

    /** The hotel's details (hotel-svc): the soak's catalog read. */
    Outcome hotel(long hotelId) {
        return send(request("/v1/hotels/" + hotelId, null).GET().build(), false,
                (status, body) -> Outcome.ok(Integer.toString(status))).outcome();
    }

    /** The guest cancels its own reservation: 200 with the reservation, now CANCELED or REFUNDED. */
    Outcome cancel(TokenSigner.Guest guest, String reservationId) {
        HttpRequest request = request("/v1/reservations/" + reservationId, guest.token()).DELETE().build();
        return send(request, true, (status, json) -> Outcome.ok(status + " " + json.path("status").asText("?"))).outcome();
    }

    private HttpRequest post(String path, String token, JsonNode body) {
        try {
            return request(path, token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private interface Success {
        Outcome outcome(int status, JsonNode body);
    }

    private record Answer(Outcome outcome, JsonNode body) {
    }

    /** Sends; a success body is parsed only when {@code parseSuccess} (the client's CPU is shared with the mesh). */
    private Answer send(HttpRequest request, boolean parseSuccess, Success success) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            boolean json = (parseSuccess || !ok) && response.headers().firstValue("Content-Type").orElse("").contains("json") && response.body().length > 0;
            JsonNode body = json ? JSON.readTree(response.body()) : JSON.missingNode();
            if (ok) {
                return new Answer(success.outcome(status, body), body);
            }
            return new Answer(Outcome.problem(status, body.path("reason").asText(null),
                    response.headers().firstValue("Retry-After")), body);
        } catch (IOException e) {
            return new Answer(Outcome.exception(e), JSON.missingNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.exception(e), JSON.missingNode());
        }
    }
}
