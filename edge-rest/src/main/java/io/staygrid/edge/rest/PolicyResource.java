package io.staygrid.edge.rest;

import com.google.protobuf.FieldMask;
import io.staygrid.edge.client.HotelClient;
import io.staygrid.edge.client.ReservationClient;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.edge.mapping.ReservationMapper;
import io.staygrid.edge.rest.model.CancellationPolicy;
import io.staygrid.edge.rest.model.CancellationPolicyInput;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.reservation.v1.GetCancellationPolicyRequest;
import io.staygrid.reservation.v1.UpdateCancellationPolicyRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /v1/hotels/{hotelID}/cancellation-policy: public to read (guests see the refund rules), staff to change. */
@Path("/v1/hotels/{hotelID}/cancellation-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff: policies")
public class PolicyResource {

    private final ReservationClient reservations;
    private final HotelClient hotels;
    private final Caller caller;

    PolicyResource(ReservationClient reservations, HotelClient hotels, Caller caller) {
        this.reservations = reservations;
        this.hotels = hotels;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The hotel's cancellation policy (defaults: 3 free days, 1 penalty night)")
    public CancellationPolicy get(@PathParam("hotelID") long hotelId) {
        return ReservationMapper.policy(reservations.getCancellationPolicy(GetCancellationPolicyRequest.newBuilder()
                .setHotelId(hotelId).build()).getPolicy());
    }

    @PUT
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace the hotel's cancellation policy (the hotel's time zone is taken from the catalog)")
    public CancellationPolicy update(@PathParam("hotelID") long hotelId, CancellationPolicyInput body) {
        caller.requireHotel(hotelId);
        CancellationPolicyInput input = Bodies.required(body);
        String timeZone = hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(hotelId).build()).getHotel().getTimeZone();
        return ReservationMapper.policy(reservations.updateCancellationPolicy(UpdateCancellationPolicyRequest.newBuilder()
                .setPolicy(io.staygrid.reservation.v1.CancellationPolicy.newBuilder().setHotelId(hotelId)
                        .setFreeCancellationDays(ProtoValues.i32(input.freeCancellationDays()))
                        .setPenaltyNights(ProtoValues.i32(input.penaltyNights())).setHotelTimeZone(timeZone))
                .setUpdateMask(FieldMask.newBuilder().addPaths("free_cancellation_days").addPaths("penalty_nights")
                        .addPaths("hotel_time_zone"))
                .build()).getPolicy());
    }
}
