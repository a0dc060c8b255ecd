package io.staygrid.edge.rest;

import io.staygrid.edge.client.ReservationClient;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.edge.mapping.ReservationMapper;
import io.staygrid.edge.rest.model.Reservation;
import io.staygrid.edge.rest.model.ReservationList;
import io.staygrid.edge.rest.model.ReservationStatus;
import io.staygrid.edge.rest.model.StaffReservationInput;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.GetReservationRequest;
import io.staygrid.reservation.v1.ListHotelReservationsRequest;
import io.staygrid.reservation.v1.ListHotelReservationsResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /v1/hotels/{hotelID}/reservations: staff views and actions on one of their hotels' reservations. */
@Path("/v1/hotels/{hotelID}/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff: reservations")
public class StaffReservationResource {

    private final ReservationClient reservations;
    private final Caller caller;

    StaffReservationResource(ReservationClient reservations, Caller caller) {
        this.reservations = reservations;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A hotel's reservations by arrival date and status (upcoming: arrivalStartDate=today)",
            description = "arrivalStartDate inclusive, arrivalEndDate exclusive; status may repeat; ordered by arrival.")
    public ReservationList list(@PathParam("hotelID") long hotelId,
            @QueryParam("arrivalStartDate") String arrivalStartDate, @QueryParam("arrivalEndDate") String arrivalEndDate,
            @QueryParam("status") List<String> statuses, @QueryParam("needsAttention") String needsAttention,
            @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        caller.requireHotel(hotelId);
        ListHotelReservationsRequest.Builder request = ListHotelReservationsRequest.newBuilder().setHotelId(hotelId)
                .setNeedsAttentionOnly(Params.flag(needsAttention, "needsAttention"))
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken));
        LocalDate from = Params.date(arrivalStartDate, "arrivalStartDate");
        LocalDate until = Params.date(arrivalEndDate, "arrivalEndDate");
        if (from != null) {
            request.setArrivalStartDate(ProtoValues.date(from));
        }
        if (until != null) {
            request.setArrivalEndDate(ProtoValues.date(until));
        }
        statuses.forEach(status -> request.addStatuses(ReservationMapper.status(status(status))));
        ListHotelReservationsResponse page = reservations.listHotelReservations(request.build());
        return new ReservationList(page.getReservationsList().stream().map(ReservationMapper::reservation).toList(),
                page.getNextPageToken());
    }

    @POST
    @Operation(summary = "Book on behalf of a guest (guestID in the body)",
            description = "Same idempotency as POST /v1/reservations: 201 new, 200 replay, 409 RESERVATION_ID_CONFLICT.")
    @APIResponse(responseCode = "201", description = "Booked (or refused: see status)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reservation.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier identical request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reservation.class)))
    public RestResponse<Reservation> create(@PathParam("hotelID") long hotelId, StaffReservationInput body) {
        caller.requireHotel(hotelId);
        CreateReservationResponse response = reservations.createReservation(
                ReservationMapper.create(hotelId, Bodies.required(body), caller.subject()));
        return Bodies.createdOrReplayed(response.getReplayed(), ReservationMapper.reservation(response.getReservation()));
    }

    @GET
    @Path("/{reservationID}")
    @Operation(summary = "One reservation of the hotel")
    public Reservation get(@PathParam("hotelID") long hotelId, @PathParam("reservationID") String reservationId) {
        caller.requireHotel(hotelId);
        return ReservationMapper.reservation(reservations.getReservation(GetReservationRequest.newBuilder()
                .setReservationId(reservationId).setHotelId(hotelId).build()).getReservation());
    }

    @DELETE
    @Path("/{reservationID}")
    @Operation(summary = "Cancel a reservation of the hotel on the guest's behalf")
    public Reservation cancel(@PathParam("hotelID") long hotelId, @PathParam("reservationID") String reservationId,
            @QueryParam("reason") String reason) {
        caller.requireHotel(hotelId);
        return ReservationMapper.reservation(reservations.cancelReservation(CancelReservationRequest.newBuilder()
                .setReservationId(reservationId).setHotelId(hotelId)
                .setActor(ReservationMapper.actor(ActorKind.ACTOR_KIND_STAFF, caller.subject()))
                .setReason(Params.token(reason)).build()).getReservation());
    }

    private static ReservationStatus status(String value) {
        try {
            return ReservationStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("INVALID_PARAMETER", "status",
                    "status must be one of PENDING, PAID, REJECTED, CANCELED, REFUNDED");
        }
    }
}
