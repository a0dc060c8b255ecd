package io.staygrid.edge.rest;

import io.staygrid.edge.client.ReservationClient;
import io.staygrid.edge.mapping.ReservationMapper;
import io.staygrid.edge.rest.model.Reservation;
import io.staygrid.edge.rest.model.ReservationEventList;
import io.staygrid.edge.rest.model.ReservationInput;
import io.staygrid.edge.rest.model.ReservationList;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.GetReservationRequest;
import io.staygrid.reservation.v1.ListReservationEventsRequest;
import io.staygrid.reservation.v1.ListReservationEventsResponse;
import io.staygrid.reservation.v1.ListReservationsRequest;
import io.staygrid.reservation.v1.ListReservationsResponse;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * /v1/reservations: the caller's own bookings. The caller is the guest (token subject); another
 * guest's reservation is 404 RESERVATION_NOT_FOUND, exactly like a missing one.
 */
@Path("/v1/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.GUEST, Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Booking")
public class ReservationResource {

    private final ReservationClient reservations;
    private final Caller caller;

    ReservationResource(ReservationClient reservations, Caller caller) {
        this.reservations = reservations;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Book a room type for a stay (pays in full)",
            description = "reservationID is the idempotency key: the same body again returns the same reservation "
                    + "(200); the same id with a different body is 409 RESERVATION_ID_CONFLICT. A refused booking "
                    + "(sold out, payment declined, price changed) is a reservation with status REJECTED and a "
                    + "rejectionReason.")
    @APIResponse(responseCode = "201", description = "Booked (or refused: see status)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reservation.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier identical request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reservation.class)))
    public RestResponse<Reservation> create(ReservationInput body) {
        CreateReservationResponse response = reservations.createReservation(
                ReservationMapper.create(Bodies.required(body), caller.subject()));
        return Bodies.createdOrReplayed(response.getReplayed(), ReservationMapper.reservation(response.getReservation()));
    }

    @GET
    @Operation(summary = "The caller's reservations, newest first, one page at a time")
    public ReservationList list(@QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        ListReservationsResponse page = reservations.listReservations(ListReservationsRequest.newBuilder()
                .setGuestId(caller.subject()).setPageSize(Params.pageSize(pageSize))
                .setPageToken(Params.token(pageToken)).build());
        return new ReservationList(page.getReservationsList().stream().map(ReservationMapper::reservation).toList(),
                page.getNextPageToken());
    }

    @GET
    @Path("/{reservationID}")
    @Operation(summary = "One of the caller's reservations")
    public Reservation get(@PathParam("reservationID") String reservationId) {
        return ReservationMapper.reservation(reservations.getReservation(GetReservationRequest.newBuilder()
                .setReservationId(reservationId).setGuestId(caller.subject()).build()).getReservation());
    }

    @DELETE
    @Path("/{reservationID}")
    @Operation(summary = "Cancel one of the caller's reservations",
            description = "Releases the rooms and refunds per the hotel's cancellation policy; idempotent. "
                    + "Returns the reservation, CANCELED or REFUNDED with refundedAmount.")
    public Reservation cancel(@PathParam("reservationID") String reservationId, @QueryParam("reason") String reason) {
        String guest = caller.subject();
        return ReservationMapper.reservation(reservations.cancelReservation(CancelReservationRequest.newBuilder()
                .setReservationId(reservationId).setGuestId(guest)
                .setActor(ReservationMapper.actor(ActorKind.ACTOR_KIND_GUEST, guest))
                .setReason(Params.token(reason)).build()).getReservation());
    }

    @GET
    @Path("/{reservationID}/events")
    @Operation(summary = "The audit trail of one of the caller's reservations, oldest first")
    public ReservationEventList events(@PathParam("reservationID") String reservationId,
            @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        ListReservationEventsResponse page = reservations.listReservationEvents(ListReservationEventsRequest
                .newBuilder().setReservationId(reservationId).setGuestId(caller.subject())
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken)).build());
        return new ReservationEventList(page.getEventsList().stream().map(ReservationMapper::event).toList(),
                page.getNextPageToken());
    }
}
