package io.staygrid.edge.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.staygrid.edge.client.HotelClient;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.edge.mapping.CatalogMapper;
import io.staygrid.edge.mapping.FieldMasks;
import io.staygrid.edge.rest.model.Hotel;
import io.staygrid.edge.rest.model.HotelInput;
import io.staygrid.edge.rest.model.HotelList;
import io.staygrid.edge.rest.model.HotelUpdate;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.DeleteHotelRequest;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.hotel.v1.ListHotelsRequest;
import io.staygrid.hotel.v1.ListHotelsResponse;
import io.staygrid.hotel.v1.UpdateHotelRequest;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** /v1/hotels: the hotel page (public) and the staff catalog administration. */
@Path("/v1/hotels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotels")
public class HotelResource {

    private final HotelClient hotels;
    private final Caller caller;
    private final Patches patches;

    HotelResource(HotelClient hotels, Caller caller, Patches patches) {
        this.hotels = hotels;
        this.caller = caller;
        this.patches = patches;
    }

    @GET
    @PermitAll
    @Operation(summary = "List hotels, optionally by city and country, one page at a time")
    public HotelList list(@QueryParam("city") String city, @QueryParam("countryCode") String countryCode,
            @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        ListHotelsResponse page = hotels.listHotels(ListHotelsRequest.newBuilder()
                .setCity(Params.token(city)).setCountryCode(Params.token(countryCode))
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken)).build());
        return new HotelList(page.getHotelsList().stream().map(CatalogMapper::hotel).toList(), page.getNextPageToken());
    }

    @GET
    @Path("/{hotelID}")
    @PermitAll
    @Operation(summary = "Get a hotel")
    public Hotel get(@PathParam("hotelID") long hotelId) {
        return CatalogMapper.hotel(hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(hotelId).build()).getHotel());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a hotel (admin only: staff manage the hotels of their token, they do not add any)",
            description = "Idempotency-Key (a lower-case UUID) makes retries return the first answer.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hotel.class)))
    public RestResponse<Hotel> create(HotelInput body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Hotel created = CatalogMapper.hotel(hotels.createHotel(CreateHotelRequest.newBuilder()
                .setHotel(CatalogMapper.hotel(Bodies.required(body))).setRequestId(Params.token(idempotencyKey))
                .build()).getHotel());
        return Bodies.created("/v1/hotels/" + created.hotelID(), created);
    }

    @PUT
    @Path("/{hotelID}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a hotel's updatable fields (staff of the hotel, admin)",
            description = "countryCode, timeZone and currencyCode are fixed at creation and not accepted here.")
    public Hotel replace(@PathParam("hotelID") long hotelId, HotelUpdate body) {
        caller.requireHotel(hotelId);
        return update(hotelId, Bodies.required(body), FieldMasks.all(FieldMasks.HOTEL));
    }

    @PATCH
    @Path("/{hotelID}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some of a hotel's updatable fields (staff of the hotel, admin)")
    public Hotel patch(@PathParam("hotelID") long hotelId,
            @Schema(implementation = HotelUpdate.class) ObjectNode body) throws JsonMappingException {
        caller.requireHotel(hotelId);
        Patches.Patch<HotelUpdate> patch = patches.read(body, HotelUpdate.class);
        return update(hotelId, patch.value(), FieldMasks.of(patch.fields(), FieldMasks.HOTEL));
    }

    @DELETE
    @Path("/{hotelID}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(204)
    @Operation(summary = "Delete a hotel (staff of the hotel, admin)",
            description = "A hotel with room types is refused (409 HOTEL_NOT_EMPTY) unless force=true, which only admins may use "
                    + "(403 PERMISSION_DENIED for staff).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("hotelID") long hotelId, @QueryParam("force") String force) {
        caller.requireHotel(hotelId);
        boolean forced = Params.flag(force, "force");
        if (forced && !caller.isAdmin()) {
            throw new ProblemException(403, "PERMISSION_DENIED", "only an admin may force-delete a hotel",
                    Map.of("hotel_id", Long.toString(hotelId)));
        }
        hotels.deleteHotel(DeleteHotelRequest.newBuilder().setHotelId(hotelId).setForce(forced).build());
    }

    private Hotel update(long hotelId, HotelUpdate body, com.google.protobuf.FieldMask mask) {
        return CatalogMapper.hotel(hotels.updateHotel(UpdateHotelRequest.newBuilder()
                .setHotel(CatalogMapper.hotel(hotelId, body)).setUpdateMask(mask).build()).getHotel());
    }
}
