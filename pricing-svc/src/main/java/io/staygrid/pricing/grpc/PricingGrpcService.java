package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.mapping.Inputs.positiveId;
import static io.staygrid.pricing.mapping.Inputs.uuid;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.mapping.Cursors;
import io.staygrid.pricing.mapping.Inputs;
import io.staygrid.pricing.mapping.OverrideInputs;
import io.staygrid.pricing.mapping.ProtoMapper;
import io.staygrid.pricing.mapping.TierInputs;
import io.staygrid.pricing.service.BaseRateService;
import io.staygrid.pricing.service.PricingRuleService;
import io.staygrid.pricing.service.RateOverrideService;
import io.staygrid.pricing.v1.*;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;

/** PricingService: rates, overrides and rules; calendar and quotes are in {@link PricingQueries}. */
@GrpcService
@Blocking
public class PricingGrpcService extends PricingServiceGrpc.PricingServiceImplBase {

    private final BaseRateService baseRates;
    private final RateOverrideService overrides;
    private final PricingRuleService rules;
    private final PricingQueries queries;

    public PricingGrpcService(BaseRateService baseRates, RateOverrideService overrides, PricingRuleService rules,
                              PricingQueries queries) {
        this.baseRates = baseRates;
        this.overrides = overrides;
        this.rules = rules;
        this.queries = queries;
    }

    @Override
    public void getBaseRate(GetBaseRateRequest r, StreamObserver<GetBaseRateResponse> out) {
        BaseRate rate = baseRates.get(positiveId(r.getHotelId(), "hotel_id"), positiveId(r.getRoomTypeId(), "room_type_id"));
        reply(out, GetBaseRateResponse.newBuilder().setBaseRate(ProtoMapper.toProto(rate)).build());
    }

    @Override
    public void listBaseRates(ListBaseRatesRequest r, StreamObserver<ListBaseRatesResponse> out) {
        long hotelId = positiveId(r.getHotelId(), "hotel_id");
        PageRequest page = Inputs.page(r.getPageSize(), r.getPageToken());
        Page<BaseRate> result = Page.fromOverfetched(
                baseRates.list(hotelId, Cursors.afterRoomType(page, hotelId), page.size() + 1), page,
                last -> Cursors.baseRateCursor(hotelId, last));
        reply(out, ListBaseRatesResponse.newBuilder()
                .addAllBaseRates(result.items().stream().map(ProtoMapper::toProto).toList())
                .setNextPageToken(result.nextPageToken()).build());
    }

    @Override
    public void deleteBaseRate(DeleteBaseRateRequest r, StreamObserver<DeleteBaseRateResponse> out) {
        DeleteBaseRateResponse.Builder b = DeleteBaseRateResponse.newBuilder();
        baseRates.delete(positiveId(r.getHotelId(), "hotel_id"), positiveId(r.getRoomTypeId(), "room_type_id"),
                r.getAllowMissing()).ifPresent(rate -> b.setBaseRate(ProtoMapper.toProto(rate)));
        reply(out, b.build());
    }

    @Override
    public void setBaseRate(SetBaseRateRequest r, StreamObserver<SetBaseRateResponse> out) {
        long hotelId = positiveId(r.getHotelId(), "hotel_id");
        long roomTypeId = positiveId(r.getRoomTypeId(), "room_type_id");
        BaseRate rate = baseRates.set(hotelId, roomTypeId, Inputs.rate(r.getNightlyRate(), "nightly_rate"));
        reply(out, SetBaseRateResponse.newBuilder().setBaseRate(ProtoMapper.toProto(rate)).build());
    }

    @Override
    public void getRateOverride(GetRateOverrideRequest r, StreamObserver<GetRateOverrideResponse> out) {
        RateOverride o = overrides.get(uuid(r.getRateOverrideId(), "rate_override_id"), positiveId(r.getHotelId(), "hotel_id"));
        reply(out, GetRateOverrideResponse.newBuilder().setRateOverride(ProtoMapper.toProto(o)).build());
    }

    @Override
    public void listRateOverrides(ListRateOverridesRequest r, StreamObserver<ListRateOverridesResponse> out) {
        long hotelId = positiveId(r.getHotelId(), "hotel_id");
        if (r.getRoomTypeId() < 0) {
            positiveId(r.getRoomTypeId(), "room_type_id");
        }
        LocalDate from = Inputs.optionalDate(r.getStartDate(), "start_date");
        LocalDate to = Inputs.optionalDate(r.getEndDate(), "end_date");
        if (from != null && to != null) {
            Inputs.range(r.getStartDate(), r.getEndDate(), "", Integer.MAX_VALUE, null);
        }
        PageRequest page = Inputs.page(r.getPageSize(), r.getPageToken());
        String filters = Cursors.overrideFilters(hotelId, r.getRoomTypeId(), from, to);
        List<RateOverride> rows = overrides.list(hotelId, r.getRoomTypeId(), from, to,
                Cursors.afterOverride(page, filters), page.size() + 1);
        Page<RateOverride> result = Page.fromOverfetched(rows, page, last -> Cursors.overrideCursor(filters, last));
        reply(out, ListRateOverridesResponse.newBuilder()
                .addAllRateOverrides(result.items().stream().map(ProtoMapper::toProto).toList())
                .setNextPageToken(result.nextPageToken()).build());
    }

    @Override
    public void createRateOverride(CreateRateOverrideRequest r, StreamObserver<CreateRateOverrideResponse> out) {
        var draft = OverrideInputs.draft(r.getRateOverride());
        RateOverride o = overrides.create(draft, uuid(r.getRequestId(), "request_id"));
        reply(out, CreateRateOverrideResponse.newBuilder().setRateOverride(ProtoMapper.toProto(o)).build());
    }

    @Override
    public void deleteRateOverride(DeleteRateOverrideRequest r, StreamObserver<DeleteRateOverrideResponse> out) {
        var id = uuid(r.getRateOverrideId(), "rate_override_id");
        if (r.getHotelId() < 0) {
            positiveId(r.getHotelId(), "hotel_id");
        }
        DeleteRateOverrideResponse.Builder b = DeleteRateOverrideResponse.newBuilder();
        overrides.delete(id, r.getHotelId(), r.getAllowMissing())
                .ifPresent(o -> b.setRateOverride(ProtoMapper.toProto(o)));
        reply(out, b.build());
    }

    @Override
    public void getPricingRule(GetPricingRuleRequest r, StreamObserver<GetPricingRuleResponse> out) {
        var rule = rules.get(positiveId(r.getHotelId(), "hotel_id"));
        reply(out, GetPricingRuleResponse.newBuilder().setPricingRule(ProtoMapper.toProto(rule)).build());
    }

    @Override
    public void updatePricingRule(UpdatePricingRuleRequest r, StreamObserver<UpdatePricingRuleResponse> out) {
        long hotelId = positiveId(r.getPricingRule().getHotelId(), "pricing_rule.hotel_id");
        var rule = rules.replace(hotelId, TierInputs.tiers(r.getPricingRule().getTiersList()));
        reply(out, UpdatePricingRuleResponse.newBuilder().setPricingRule(ProtoMapper.toProto(rule)).build());
    }

    @Override
    public void getQuote(GetQuoteRequest r, StreamObserver<GetQuoteResponse> out) {
        reply(out, queries.getQuote(r));
    }

    @Override
    public void getRateCalendar(GetRateCalendarRequest r, StreamObserver<GetRateCalendarResponse> out) {
        reply(out, queries.getRateCalendar(r));
    }

    @Override
    public void quoteStay(QuoteStayRequest r, StreamObserver<QuoteStayResponse> out) {
        reply(out, queries.quoteStay(r));
    }

    static <T> void reply(StreamObserver<T> out, T response) {
        out.onNext(response);
        out.onCompleted();
    }
}
