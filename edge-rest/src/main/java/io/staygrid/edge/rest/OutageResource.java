package io.staygrid.edge.rest;

import io.staygrid.edge.client.HotelClient;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.edge.rest.model.RoomOutage;
import io.staygrid.edge.rest.model.RoomOutageInput;
import io.staygrid.edge.rest.model.RoomOutageList;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.hotel.v1.CreateRoomOutageRequest;
import io.staygrid.hotel.v1.DeleteRoomOutageRequest;
import io.staygrid.hotel.v1.ListRoomOutagesRequest;
import io.staygrid.hotel.v1.ListRoomOutagesResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** Out-of-service dates: maintenance windows of single rooms, which lower the room type's sellable capacity. */
@Path("/v1/hotels/{hotelID}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff: inventory")
public class OutageResource {

    private final HotelClient hotels;
    private final Caller caller;

    OutageResource(HotelClient hotels, Caller caller) {
        this.hotels = hotels;
        this.caller = caller;
    }

    @GET
    @Path("/outages")
    @Operation(summary = "The hotel's room outages, optionally of one room and overlapping [startDate, endDate)")
    public RoomOutageList list(@PathParam("hotelID") long hotelId, @QueryParam("roomID") String roomId,
            @QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
            @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        caller.requireHotel(hotelId);
        ListRoomOutagesRequest.Builder request = ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                .setRoomId(Params.longValue(roomId, "roomID"))
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken));
        Params.protoDate(startDate, "startDate").ifPresent(request::setStartDate);
        Params.protoDate(endDate, "endDate").ifPresent(request::setEndDate);
        ListRoomOutagesResponse page = hotels.listRoomOutages(request.build());
        return new RoomOutageList(page.getOutagesList().stream().map(OutageResource::outage).toList(),
                page.getNextPageToken());
    }

    @POST
    @Path("/rooms/{roomID}/outages")
    @Operation(summary = "Take a room out of service for [startDate, endDate)",
            description = "Refused with 409 CAPACITY_BELOW_RESERVED when those rooms are sold, unless force=true.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomOutage.class)))
    public RestResponse<RoomOutage> create(@PathParam("hotelID") long hotelId, @PathParam("roomID") long roomId,
            RoomOutageInput body, @QueryParam("force") String force,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        caller.requireHotel(hotelId);
        RoomOutageInput in = Bodies.required(body);
        RoomOutage created = outage(hotels.createRoomOutage(CreateRoomOutageRequest.newBuilder().setHotelId(hotelId)
                .setRoomId(roomId).setStartDate(ProtoValues.date(in.startDate())).setEndDate(ProtoValues.date(in.endDate()))
                .setReason(ProtoValues.str(in.reason())).setForce(Params.flag(force, "force"))
                .setRequestId(Params.token(idempotencyKey)).build()).getOutage());
        return Bodies.created("/v1/hotels/" + hotelId + "/rooms/" + roomId + "/outages/" + created.outageID(), created);
    }

    @DELETE
    @Path("/rooms/{roomID}/outages/{outageID}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(summary = "End a room outage (the room is back in service from today)")
    public void delete(@PathParam("hotelID") long hotelId, @PathParam("roomID") long roomId,
            @PathParam("outageID") long outageId) {
        caller.requireHotel(hotelId);
        hotels.deleteRoomOutage(DeleteRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setOutageId(outageId).build());
    }

    private static RoomOutage outage(io.staygrid.hotel.v1.RoomOutage o) {
        return new RoomOutage(o.getOutageId(), o.getHotelId(), o.getRoomId(), ProtoValues.date(o.getStartDate()),
                ProtoValues.date(o.getEndDate()), o.getReason(), ProtoValues.instant(o.hasCreateTime(), o.getCreateTime()));
    }
}
