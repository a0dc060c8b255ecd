package io.staygrid.edge.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.FieldMask;
import io.staygrid.edge.client.HotelClient;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.edge.mapping.CatalogMapper;
import io.staygrid.edge.mapping.FieldMasks;
import io.staygrid.edge.rest.model.Room;
import io.staygrid.edge.rest.model.RoomInput;
import io.staygrid.edge.rest.model.RoomList;
import io.staygrid.edge.rest.model.RoomStatus;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.DeleteRoomRequest;
import io.staygrid.hotel.v1.GetRoomRequest;
import io.staygrid.hotel.v1.ListRoomsRequest;
import io.staygrid.hotel.v1.ListRoomsResponse;
import io.staygrid.hotel.v1.UpdateRoomRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** /v1/hotels/{hotelID}/rooms: a hotel's physical rooms (public read, staff write). */
@Path("/v1/hotels/{hotelID}/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class RoomResource {

    private final HotelClient hotels;
    private final Caller caller;
    private final Patches patches;

    RoomResource(HotelClient hotels, Caller caller, Patches patches) {
        this.hotels = hotels;
        this.caller = caller;
        this.patches = patches;
    }

    @GET
    @PermitAll
    @Operation(summary = "List a hotel's rooms, optionally of one room type or status, one page at a time")
    public RoomList list(@PathParam("hotelID") long hotelId, @QueryParam("roomTypeID") String roomTypeId,
            @QueryParam("status") String status, @QueryParam("pageSize") String pageSize,
            @QueryParam("pageToken") String pageToken) {
        ListRoomsResponse page = hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(Params.longValue(roomTypeId, "roomTypeID")).setStatus(status(status))
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken)).build());
        return new RoomList(page.getRoomsList().stream().map(CatalogMapper::room).toList(), page.getNextPageToken());
    }

    @GET
    @Path("/{roomID}")
    @PermitAll
    @Operation(summary = "Get a room of a hotel")
    public Room get(@PathParam("hotelID") long hotelId, @PathParam("roomID") long roomId) {
        return CatalogMapper.room(hotels.getRoom(GetRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .build()).getRoom());
    }

    @POST
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a room (staff of the hotel, admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Room.class)))
    public RestResponse<Room> create(@PathParam("hotelID") long hotelId, RoomInput body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        caller.requireHotel(hotelId);
        Room created = CatalogMapper.room(hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                .setRoom(CatalogMapper.room(hotelId, 0, Bodies.required(body)))
                .setRequestId(Params.token(idempotencyKey)).build()).getRoom());
        return Bodies.created("/v1/hotels/" + hotelId + "/rooms/" + created.roomID(), created);
    }

    @PUT
    @Path("/{roomID}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a room's updatable fields (staff of the hotel, admin)",
            description = "A capacity reduction below what is sold is refused (409 CAPACITY_BELOW_RESERVED) unless force=true.")
    public Room replace(@PathParam("hotelID") long hotelId, @PathParam("roomID") long roomId, RoomInput body,
            @QueryParam("force") String force) {
        caller.requireHotel(hotelId);
        return update(hotelId, roomId, Bodies.required(body), FieldMasks.all(FieldMasks.ROOM), force);
    }

    @PATCH
    @Path("/{roomID}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some of a room's fields, e.g. its status (staff of the hotel, admin)")
    public Room patch(@PathParam("hotelID") long hotelId, @PathParam("roomID") long roomId,
            @Schema(implementation = RoomInput.class) ObjectNode body, @QueryParam("force") String force)
            throws JsonMappingException {
        caller.requireHotel(hotelId);
        Patches.Patch<RoomInput> patch = patches.read(body, RoomInput.class);
        return update(hotelId, roomId, patch.value(), FieldMasks.of(patch.fields(), FieldMasks.ROOM), force);
    }

    @DELETE
    @Path("/{roomID}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(204)
    @Operation(summary = "Delete a room (staff of the hotel, admin)",
            description = "Refused with 409 CAPACITY_BELOW_RESERVED when its rooms are sold, unless force=true.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("hotelID") long hotelId, @PathParam("roomID") long roomId,
            @QueryParam("force") String force) {
        caller.requireHotel(hotelId);
        hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setForce(Params.flag(force, "force")).build());
    }

    private Room update(long hotelId, long roomId, RoomInput body, FieldMask mask, String force) {
        return CatalogMapper.room(hotels.updateRoom(UpdateRoomRequest.newBuilder()
                .setRoom(CatalogMapper.room(hotelId, roomId, body)).setUpdateMask(mask)
                .setForce(Params.flag(force, "force")).build()).getRoom());
    }

    private static io.staygrid.hotel.v1.RoomStatus status(String value) {
        if (value == null || value.isBlank()) {
            return io.staygrid.hotel.v1.RoomStatus.ROOM_STATUS_UNSPECIFIED;
        }
        try {
            return CatalogMapper.roomStatus(RoomStatus.valueOf(value.trim()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("INVALID_PARAMETER", "status", "status must be IN_SERVICE or OUT_OF_SERVICE");
        }
    }
}
