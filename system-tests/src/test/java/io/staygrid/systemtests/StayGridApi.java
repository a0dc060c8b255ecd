package io.staygrid.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public REST API as the tests use it, one method per endpoint. Every path and JSON shape the
 * tests depend on is here (DESIGN.md "Public REST API" names), so aligning with the edge is a
 * change to this class only.
 */
public final class StayGridApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final TokenMint tokens;

    StayGridApi(String edgeUrl, TokenMint tokens) {
        this.base = edgeUrl;
        this.tokens = tokens;
    }

    public TokenMint tokens() {
        return tokens;
    }


    public ApiResponse createHotel(String token, String name, String city, String country, String timeZone, String currency) {
        ObjectNode hotel = object().put("name", name).put("city", city).put("countryCode", country)
                .put("timeZone", timeZone).put("currencyCode", currency).put("starRating", 4)
                .put("description", "Created by the system tests.");
        hotel.putArray("addressLines").add("1 Test Street");
        return send("POST", "/v1/hotels", token, hotel);
    }

    public ApiResponse getHotel(String token, long hotelId) {
        return send("GET", "/v1/hotels/" + hotelId, token, null);
    }

    public ApiResponse createRoomType(String token, long hotelId, String name, int maxOccupancy) {
        ObjectNode roomType = object().put("name", name).put("maxOccupancy", maxOccupancy);
        roomType.putArray("bedConfiguration").addObject().put("bedType", "DOUBLE").put("count", 1);
        roomType.putArray("amenities").add("wifi");
        return send("POST", "/v1/hotels/" + hotelId + "/room-types", token, roomType);
    }

    public ApiResponse listRoomTypes(String token, long hotelId) {
        return send("GET", "/v1/hotels/" + hotelId + "/room-types", token, null);
    }

    public ApiResponse createRoom(String token, long hotelId, long roomTypeId, String number) {
        return send("POST", "/v1/hotels/" + hotelId + "/rooms", token,
                object().put("number", number).put("floor", 1).put("roomTypeID", roomTypeId));
    }


    public ApiResponse setBaseRate(String token, long hotelId, long roomTypeId, String currency, String amount) {
        ObjectNode body = object();
        body.putObject("nightlyRate").put("amount", amount).put("currency", currency);
        return send("PUT", "/v1/hotels/" + hotelId + "/room-types/" + roomTypeId + "/base-rate", token, body);
    }

    public ApiResponse setOverbookingPercent(String token, long hotelId, int percent) {
        return send("PUT", "/v1/hotels/" + hotelId + "/overbooking-policy", token, object().put("overbookingPercent", percent));
    }

    /** The staff inventory calendar of one room type: roomTypes[].nights[].{date,totalInventory,totalReserved,sellLimit,availableRooms}. */
    public ApiResponse inventoryCalendar(String token, long hotelId, long roomTypeId, LocalDate start, LocalDate end) {
        return send("GET", "/v1/hotels/" + hotelId + "/inventory" + query(Map.of("roomTypeID", roomTypeId, "startDate", start, "endDate", end)),
                token, null);
    }

    /** A hotel's reservations arriving in [arrivalFrom, arrivalTo) (staff): {reservations[], nextPageToken}. */
    public ApiResponse hotelReservations(String token, long hotelId, LocalDate arrivalFrom, LocalDate arrivalTo, int pageSize) {
        return send("GET", "/v1/hotels/" + hotelId + "/reservations"
                + query(Map.of("arrivalStartDate", arrivalFrom, "arrivalEndDate", arrivalTo, "pageSize", pageSize)), token, null);
    }


    /** A hotel's reservations in one status arriving in [arrivalFrom, arrivalTo), one page (staff). */
    public ApiResponse hotelReservations(String token, long hotelId, LocalDate arrivalFrom, LocalDate arrivalTo, String status,
            int pageSize, String pageToken) {
        return send("GET", "/v1/hotels/" + hotelId + "/reservations" + query(Map.of("arrivalStartDate", arrivalFrom,
                "arrivalEndDate", arrivalTo, "status", status, "pageSize", pageSize, "pageToken", pageToken)), token, null);
    }

    /** Availability with prices: roomTypes[].{roomTypeID, availableRooms, nights[].{date, price}}. */
    public ApiResponse availability(String token, long hotelId, LocalDate start, LocalDate end) {
        return send("GET", "/v1/hotels/" + hotelId + "/availability" + query(Map.of("startDate", start, "endDate", end)), token, null);
    }

    /** A quote (200): {reservationID, quoteID, nights[].{date,price}, total, quoteExpireTime}. */
    public ApiResponse quote(String token, long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms) {
        return send("POST", "/v1/quotes", token, object().put("hotelID", hotelId).put("roomTypeID", roomTypeId)
                .put("startDate", start.toString()).put("endDate", end.toString()).put("rooms", rooms));
    }

    /**
     * Books what a quote priced: 201 new, 200 replay; a refusal is a reservation with status REJECTED and a
     * rejectionReason. Without {@code guestId} the caller books for itself ({@code POST /v1/reservations});
     * with it, staff book on the guest's behalf ({@code POST /v1/hotels/{id}/reservations}).
     */
    public ApiResponse book(String token, ApiResponse quote, long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms,
            String paymentToken, String guestId) {
        ObjectNode body = object();
        if (guestId != null) {
            body.put("guestID", guestId);
        }
        body.put("reservationID", quote.text("reservationID")).put("quoteID", quote.text("quoteID"));
        if (guestId == null) {
            body.put("hotelID", hotelId);
        }
        body.put("roomTypeID", roomTypeId).put("startDate", start.toString())
                .put("endDate", end.toString()).put("rooms", rooms).put("guests", 1).put("paymentToken", paymentToken);
        return send("POST", guestId == null ? "/v1/reservations" : "/v1/hotels/" + hotelId + "/reservations", token, body);
    }

    public ApiResponse myReservations(String token) {
        return send("GET", "/v1/reservations", token, null);
    }

    public ApiResponse reservation(String token, String reservationId) {
        return send("GET", "/v1/reservations/" + reservationId, token, null);
    }

    public ApiResponse cancel(String token, String reservationId) {
        return send("DELETE", "/v1/reservations/" + reservationId, token, null);
    }


    public ApiResponse get(String token, String path) {
        return send("GET", path, token, null);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static String query(Map<String, ?> params) {
        return "?" + params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    ApiResponse send(String method, String path, String token, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().length > 0 && type.contains("json") ? JSON.readTree(response.body()) : null;
            return ApiResponse.of(response.statusCode(), type, json, response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
