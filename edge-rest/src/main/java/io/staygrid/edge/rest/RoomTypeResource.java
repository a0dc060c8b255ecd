package io.staygrid.edge.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.FieldMask;
import io.staygrid.edge.client.HotelClient;
import io.staygrid.edge.mapping.CatalogMapper;
import io.staygrid.edge.mapping.FieldMasks;
import io.staygrid.edge.rest.model.RoomType;
import io.staygrid.edge.rest.model.RoomTypeInput;
import io.staygrid.edge.rest.model.RoomTypeList;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.DeleteRoomTypeRequest;
import io.staygrid.hotel.v1.GetRoomTypeRequest;
import io.staygrid.hotel.v1.ListRoomTypesRequest;
import io.staygrid.hotel.v1.ListRoomTypesResponse;
import io.staygrid.hotel.v1.UpdateRoomTypeRequest;
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

/** /v1/hotels/{hotelID}/room-types: what a hotel sells (public) and its administration (staff). */
@Path("/v1/hotels/{hotelID}/room-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Room types")
public class RoomTypeResource {

    private final HotelClient hotels;
    private final Caller caller;
    private final Patches patches;

    RoomTypeResource(HotelClient hotels, Caller caller, Patches patches) {
        this.hotels = hotels;
        this.caller = caller;
        this.patches = patches;
    }

    @GET
    @PermitAll
    @Operation(summary = "List a hotel's room types, one page at a time")
    public RoomTypeList list(@PathParam("hotelID") long hotelId, @QueryParam("pageSize") String pageSize,
            @QueryParam("pageToken") String pageToken) {
        ListRoomTypesResponse page = hotels.listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(hotelId)
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken)).build());
        return new RoomTypeList(page.getRoomTypesList().stream().map(CatalogMapper::roomType).toList(),
                page.getNextPageToken());
    }

    @GET
    @Path("/{roomTypeID}")
    @PermitAll
    @Operation(summary = "Get a room type of a hotel")
    public RoomType get(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId) {
        return CatalogMapper.roomType(hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(roomTypeId).build()).getRoomType());
    }

    @POST
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a room type (staff of the hotel, admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomType.class)))
    public RestResponse<RoomType> create(@PathParam("hotelID") long hotelId, RoomTypeInput body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        caller.requireHotel(hotelId);
        RoomType created = CatalogMapper.roomType(hotels.createRoomType(CreateRoomTypeRequest.newBuilder()
                .setHotelId(hotelId).setRoomType(CatalogMapper.roomType(hotelId, 0, Bodies.required(body)))
                .setRequestId(Params.token(idempotencyKey)).build()).getRoomType());
        return Bodies.created("/v1/hotels/" + hotelId + "/room-types/" + created.roomTypeID(), created);
    }

    @PUT
    @Path("/{roomTypeID}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a room type's updatable fields (staff of the hotel, admin)")
    public RoomType replace(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId,
            RoomTypeInput body) {
        caller.requireHotel(hotelId);
        return update(hotelId, roomTypeId, Bodies.required(body), FieldMasks.all(FieldMasks.ROOM_TYPE));
    }

    @PATCH
    @Path("/{roomTypeID}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some of a room type's fields (staff of the hotel, admin)")
    public RoomType patch(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId,
            @Schema(implementation = RoomTypeInput.class) ObjectNode body) throws JsonMappingException {
        caller.requireHotel(hotelId);
        Patches.Patch<RoomTypeInput> patch = patches.read(body, RoomTypeInput.class);
        return update(hotelId, roomTypeId, patch.value(), FieldMasks.of(patch.fields(), FieldMasks.ROOM_TYPE));
    }

    @DELETE
    @Path("/{roomTypeID}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(204)
    @Operation(summary = "Delete a room type without rooms (staff of the hotel, admin)",
            description = "A room type that still has rooms is refused with 409 ROOM_TYPE_HAS_ROOMS.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId) {
        caller.requireHotel(hotelId);
        hotels.deleteRoomType(DeleteRoomTypeRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId).build());
    }

    private RoomType update(long hotelId, long roomTypeId, RoomTypeInput body, FieldMask mask) {
        return CatalogMapper.roomType(hotels.updateRoomType(UpdateRoomTypeRequest.newBuilder()
                .setRoomType(CatalogMapper.roomType(hotelId, roomTypeId, body)).setUpdateMask(mask).build())
                .getRoomType());
    }
}
