package io.staygrid.edge.rest;

import io.staygrid.edge.client.Backend;
import io.staygrid.edge.client.InventoryClient;
import io.staygrid.edge.client.PricingClient;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.edge.mapping.StayMapper;
import io.staygrid.edge.rest.model.Availability;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.GetAvailabilityResponse;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.GetRateCalendarResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.concurrent.Future;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /v1/hotels/{hotelID}/availability: rooms left and current prices for a stay (inventory + pricing). */
@Path("/v1/hotels/{hotelID}/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class AvailabilityResource {

    private final InventoryClient inventory;
    private final PricingClient pricing;

    AvailabilityResource(InventoryClient inventory, PricingClient pricing) {
        this.inventory = inventory;
        this.pricing = pricing;
    }

    @GET
    @PermitAll
    @Operation(summary = "Availability with prices for a stay",
            description = "startDate is the arrival, endDate the check-out day (not a night). Each night carries the "
                    + "rooms still sellable and the current price of one room; price is absent for a room type without "
                    + "a base rate. Prices are not locked: POST /v1/quotes locks one.")
    public Availability availability(@PathParam("hotelID") long hotelId, @QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate, @QueryParam("roomTypeID") String roomTypeId,
            @QueryParam("rooms") String rooms) {
        LocalDate start = Params.requiredDate(startDate, "startDate");
        LocalDate end = Params.requiredDate(endDate, "endDate");
        int wanted = Params.integer(rooms, "rooms");
        long roomType = Params.longValue(roomTypeId, "roomTypeID");
        // Both backends at once: the prices are asked for while inventory answers.
        Future<GetRateCalendarResponse> prices = pricing.startRateCalendar(GetRateCalendarRequest.newBuilder()
                .setHotelId(hotelId).setStartDate(ProtoValues.date(start)).setEndDate(ProtoValues.date(end)).build());
        GetAvailabilityResponse available;
        try {
            available = inventory.getAvailability(GetAvailabilityRequest.newBuilder()
                    .setHotelId(hotelId).setRoomTypeId(roomType)
                    .setStartDate(ProtoValues.date(start)).setEndDate(ProtoValues.date(end)).setRooms(wanted)
                    .setValidateStay(true).build());
        } catch (RuntimeException e) {
            prices.cancel(true);
            throw e;
        }
        return StayMapper.availability(hotelId, start, end, wanted == 0 ? 1 : wanted, available,
                Backend.PRICING.await(prices));
    }
}
