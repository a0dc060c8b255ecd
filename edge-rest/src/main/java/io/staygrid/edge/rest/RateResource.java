package io.staygrid.edge.rest;

import io.staygrid.edge.client.PricingClient;
import io.staygrid.edge.mapping.PricingMapper;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.edge.rest.model.BaseRate;
import io.staygrid.edge.rest.model.BaseRateInput;
import io.staygrid.edge.rest.model.BaseRateList;
import io.staygrid.edge.rest.model.PricingRule;
import io.staygrid.edge.rest.model.PricingRuleInput;
import io.staygrid.edge.rest.model.RateCalendar;
import io.staygrid.edge.rest.model.RateOverride;
import io.staygrid.edge.rest.model.RateOverrideInput;
import io.staygrid.edge.rest.model.RateOverrideList;
import io.staygrid.edge.security.Caller;
import io.staygrid.edge.security.Roles;
import io.staygrid.pricing.v1.CreateRateOverrideRequest;
import io.staygrid.pricing.v1.DeleteBaseRateRequest;
import io.staygrid.pricing.v1.DeleteRateOverrideRequest;
import io.staygrid.pricing.v1.GetBaseRateRequest;
import io.staygrid.pricing.v1.GetPricingRuleRequest;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.GetRateOverrideRequest;
import io.staygrid.pricing.v1.ListBaseRatesRequest;
import io.staygrid.pricing.v1.ListBaseRatesResponse;
import io.staygrid.pricing.v1.ListRateOverridesRequest;
import io.staygrid.pricing.v1.ListRateOverridesResponse;
import io.staygrid.pricing.v1.SetBaseRateRequest;
import io.staygrid.pricing.v1.UpdatePricingRuleRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** A hotel's prices: base rates, rate overrides, the occupancy pricing rule (staff) and the rate calendar (public). */
@Path("/v1/hotels/{hotelID}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@Tag(name = "Staff: rates")
public class RateResource {

    private final PricingClient pricing;
    private final Caller caller;

    RateResource(PricingClient pricing, Caller caller) {
        this.pricing = pricing;
        this.caller = caller;
    }

    @GET
    @Path("/rate-calendar")
    @PermitAll
    @Operation(summary = "Current nightly prices per room type and date, with base rate and occupancy multiplier")
    public RateCalendar calendar(@PathParam("hotelID") long hotelId, @QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate, @QueryParam("roomTypeID") String roomTypeId) {
        LocalDate start = Params.requiredDate(startDate, "startDate");
        LocalDate end = Params.requiredDate(endDate, "endDate");
        GetRateCalendarRequest.Builder request = GetRateCalendarRequest.newBuilder().setHotelId(hotelId)
                .setStartDate(ProtoValues.date(start)).setEndDate(ProtoValues.date(end));
        long roomType = Params.longValue(roomTypeId, "roomTypeID");
        if (roomType != 0) {
            request.addRoomTypeIds(roomType);
        }
        return PricingMapper.calendar(hotelId, start, end, pricing.getRateCalendar(request.build()));
    }

    @GET
    @Path("/base-rates")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The base rates of the hotel's room types")
    public BaseRateList baseRates(@PathParam("hotelID") long hotelId, @QueryParam("pageSize") String pageSize,
            @QueryParam("pageToken") String pageToken) {
        caller.requireHotel(hotelId);
        ListBaseRatesResponse page = pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(hotelId)
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken)).build());
        return new BaseRateList(page.getBaseRatesList().stream().map(PricingMapper::baseRate).toList(),
                page.getNextPageToken());
    }

    @GET
    @Path("/room-types/{roomTypeID}/base-rate")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The default nightly rate of a room type")
    public BaseRate baseRate(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId) {
        caller.requireHotel(hotelId);
        return PricingMapper.baseRate(pricing.getBaseRate(GetBaseRateRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(roomTypeId).build()).getBaseRate());
    }

    @PUT
    @Path("/room-types/{roomTypeID}/base-rate")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set the default nightly rate of a room type, in the hotel's currency")
    public BaseRate setBaseRate(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId,
            BaseRateInput body) {
        caller.requireHotel(hotelId);
        return PricingMapper.baseRate(pricing.setBaseRate(SetBaseRateRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(roomTypeId).setNightlyRate(ProtoValues.money(Bodies.required(body).nightlyRate(), "nightlyRate"))
                .build()).getBaseRate());
    }

    @DELETE
    @Path("/room-types/{roomTypeID}/base-rate")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Deleted")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove a room type's base rate (it can no longer be quoted)")
    public void deleteBaseRate(@PathParam("hotelID") long hotelId, @PathParam("roomTypeID") long roomTypeId) {
        caller.requireHotel(hotelId);
        pricing.deleteBaseRate(DeleteBaseRateRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId).build());
    }

    @GET
    @Path("/rate-overrides")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rate overrides overlapping [startDate, endDate), optionally applicable to one room type")
    public RateOverrideList overrides(@PathParam("hotelID") long hotelId, @QueryParam("roomTypeID") String roomTypeId,
            @QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
            @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        caller.requireHotel(hotelId);
        ListRateOverridesRequest.Builder request = ListRateOverridesRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(Params.longValue(roomTypeId, "roomTypeID"))
                .setPageSize(Params.pageSize(pageSize)).setPageToken(Params.token(pageToken));
        Params.protoDate(startDate, "startDate").ifPresent(request::setStartDate);
        Params.protoDate(endDate, "endDate").ifPresent(request::setEndDate);
        ListRateOverridesResponse page = pricing.listRateOverrides(request.build());
        return new RateOverrideList(page.getRateOverridesList().stream().map(PricingMapper::override).toList(),
                page.getNextPageToken());
    }

    @POST
    @Path("/rate-overrides")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a rate override (a season, an event, a day, a weekday pattern)",
            description = "Idempotency-Key (lower-case UUID) makes retries return the first answer; without one the "
                    + "edge uses a fresh key, so a retry creates a second override.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RateOverride.class)))
    public RestResponse<RateOverride> createOverride(@PathParam("hotelID") long hotelId, RateOverrideInput body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        caller.requireHotel(hotelId);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        RateOverride created = PricingMapper.override(pricing.createRateOverride(CreateRateOverrideRequest.newBuilder()
                .setRateOverride(PricingMapper.override(hotelId, Bodies.required(body))).setRequestId(key).build())
                .getRateOverride());
        return Bodies.created("/v1/hotels/" + hotelId + "/rate-overrides/" + created.rateOverrideID(), created);
    }

    @GET
    @Path("/rate-overrides/{rateOverrideID}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One rate override")
    public RateOverride override(@PathParam("hotelID") long hotelId, @PathParam("rateOverrideID") String overrideId) {
        caller.requireHotel(hotelId);
        return PricingMapper.override(pricing.getRateOverride(GetRateOverrideRequest.newBuilder().setHotelId(hotelId)
                .setRateOverrideId(overrideId).build()).getRateOverride());
    }

    @DELETE
    @Path("/rate-overrides/{rateOverrideID}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Deleted")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a rate override")
    public void deleteOverride(@PathParam("hotelID") long hotelId, @PathParam("rateOverrideID") String overrideId) {
        caller.requireHotel(hotelId);
        pricing.deleteRateOverride(DeleteRateOverrideRequest.newBuilder().setHotelId(hotelId)
                .setRateOverrideId(overrideId).build());
    }

    @GET
    @Path("/pricing-rule")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The hotel's occupancy pricing rule (or the defaults)")
    public PricingRule rule(@PathParam("hotelID") long hotelId) {
        caller.requireHotel(hotelId);
        return PricingMapper.rule(pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(hotelId).build())
                .getPricingRule());
    }

    @PUT
    @Path("/pricing-rule")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace the hotel's occupancy tiers; an empty list restores the defaults")
    public PricingRule updateRule(@PathParam("hotelID") long hotelId, PricingRuleInput body) {
        caller.requireHotel(hotelId);
        return PricingMapper.rule(pricing.updatePricingRule(UpdatePricingRuleRequest.newBuilder()
                .setPricingRule(PricingMapper.rule(hotelId, Bodies.required(body).tiers())).build()).getPricingRule());
    }
}
