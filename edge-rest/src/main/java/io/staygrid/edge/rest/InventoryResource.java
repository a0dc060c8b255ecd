package io.staygrid.edge.rest;

import io.staygrid.edge.client.InventoryClient;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.edge.mapping.StayMapper;
import io.staygrid.edge.rest.model.InventoryCalendar;
import io.staygrid.edge.rest.model.OverbookedNightList;
import io.staygrid.edge.rest.model.OverbookingPolicy;
import io.staygrid.edge.rest.model.OverbookingPolicyInput;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.GetOverbookingPolicyRequest;
import io.staygrid.inventory.v1.ListOverbookedNightsRequest;
import io.staygrid.inventory.v1.ListOverbookedNightsResponse;
import io.staygrid.inventory.v1.UpdateOverbookingPolicyRequest;
import io.staygrid.inventory.v1.UpdateOverbookingPolicyResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff inventory views of one hotel: the calendar, overbooked nights and the overbooking policy. */
@Path("/v1/hotels/{hotelID}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff: inventory")
public class InventoryResource {

    private final InventoryClient inventory;
    private final Caller caller;

    InventoryResource(InventoryClient inventory, Caller caller) {
        this.inventory = inventory;
        this.caller = caller;
    }

    @GET
    @Path("/inventory")
    @Operation(summary = "Inventory calendar: per room type and night, rooms in service, reserved, sell limit, "
            + "out of service (past nights and up to 366 nights allowed)")
    public InventoryCalendar calendar(@PathParam("hotelID") long hotelId, @QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate, @QueryParam("roomTypeID") String roomTypeId) {
        caller.requireHotel(hotelId);
        LocalDate start = Params.requiredDate(startDate, "startDate");
        LocalDate end = Params.requiredDate(endDate, "endDate");
        return StayMapper.calendar(hotelId, start, end, inventory.getAvailability(GetAvailabilityRequest.newBuilder()
                .setHotelId(hotelId).setRoomTypeId(Params.longValue(roomTypeId, "roomTypeID"))
                .setStartDate(ProtoValues.date(start)).setEndDate(ProtoValues.date(end)).build()));
    }

    @GET
    @Path("/overbooked-nights")
    @Operation(summary = "Nights from today where more rooms are reserved than may be sold")
    public OverbookedNightList overbooked(@PathParam("hotelID") long hotelId, @QueryParam("roomTypeID") String roomTypeId,
            @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        caller.requireHotel(hotelId);
        ListOverbookedNightsResponse page = inventory.listOverbookedNights(ListOverbookedNightsRequest.newBuilder()
                .setHotelId(hotelId).setRoomTypeId(Params.longValue(roomTypeId, "roomTypeID"))
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken)).build());
        return new OverbookedNightList(page.getNightsList().stream().map(StayMapper::overbooked).toList(),
                page.getNextPageToken());
    }

    @GET
    @Path("/overbooking-policy")
    @Operation(summary = "The hotel's overbooking policy (default 10%)")
    public OverbookingPolicy policy(@PathParam("hotelID") long hotelId) {
        caller.requireHotel(hotelId);
        return StayMapper.policy(inventory.getOverbookingPolicy(GetOverbookingPolicyRequest.newBuilder()
                .setHotelId(hotelId).build()).getPolicy(), null);
    }

    @PUT
    @Path("/overbooking-policy")
    @Operation(summary = "Set the overbooking percent (0..100)",
            description = "Lowering it below what is sold is refused (409 CAPACITY_BELOW_RESERVED) unless force=true; "
                    + "validateOnly=true shows the effect without writing.")
    public OverbookingPolicy updatePolicy(@PathParam("hotelID") long hotelId, OverbookingPolicyInput body,
            @QueryParam("force") String force, @QueryParam("validateOnly") String validateOnly) {
        caller.requireHotel(hotelId);
        UpdateOverbookingPolicyResponse response = inventory.updateOverbookingPolicy(UpdateOverbookingPolicyRequest
                .newBuilder().setPolicy(io.staygrid.inventory.v1.OverbookingPolicy.newBuilder().setHotelId(hotelId)
                        .setOverbookingPercent(ProtoValues.i32(Bodies.required(body).overbookingPercent())))
                .setForce(Params.flag(force, "force")).setValidateOnly(Params.flag(validateOnly, "validateOnly"))
                .build());
        return StayMapper.policy(response.getPolicy(), response.getOverbookedNightCount());
    }
}
