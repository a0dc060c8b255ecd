package io.staygrid.edge.client;

import io.grpc.Channel;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.edge.config.EdgeConfig;
import io.staygrid.pricing.v1.*;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Calls pricing-svc (rates, rules, calendar). One method per RPC, each with a deadline. */
@ApplicationScoped
public class PricingClient {

    private final PricingServiceGrpc.PricingServiceBlockingStub stub;
    private final PricingServiceGrpc.PricingServiceFutureStub futures;
    private final Duration read;
    private final Duration write;

    PricingClient(@GrpcClient("pricing") PricingServiceGrpc.PricingServiceBlockingStub stub,
                  @GrpcClient("pricing") Channel channel, EdgeConfig config) {
        this.stub = stub;
        this.futures = PricingServiceGrpc.newFutureStub(channel);
        this.read = config.deadlines().read();
        this.write = config.deadlines().write();
    }

    public GetRateCalendarResponse getRateCalendar(GetRateCalendarRequest request) {
        return Backend.PRICING.call(stub, read, s -> s.getRateCalendar(request));
    }

    /** Starts GetRateCalendar without waiting, so it runs while the caller asks another backend; {@link Backend#await}. */
    public Future<GetRateCalendarResponse> startRateCalendar(GetRateCalendarRequest request) {
        return futures.withDeadlineAfter(read.toMillis(), TimeUnit.MILLISECONDS).getRateCalendar(request);
    }

    public GetBaseRateResponse getBaseRate(GetBaseRateRequest request) {
        return Backend.PRICING.call(stub, read, s -> s.getBaseRate(request));
    }

    public ListBaseRatesResponse listBaseRates(ListBaseRatesRequest request) {
        return Backend.PRICING.call(stub, read, s -> s.listBaseRates(request));
    }

    public SetBaseRateResponse setBaseRate(SetBaseRateRequest request) {
        return Backend.PRICING.call(stub, write, s -> s.setBaseRate(request));
    }

    public DeleteBaseRateResponse deleteBaseRate(DeleteBaseRateRequest request) {
        return Backend.PRICING.call(stub, write, s -> s.deleteBaseRate(request));
    }

    public GetRateOverrideResponse getRateOverride(GetRateOverrideRequest request) {
        return Backend.PRICING.call(stub, read, s -> s.getRateOverride(request));
    }

    public ListRateOverridesResponse listRateOverrides(ListRateOverridesRequest request) {
        return Backend.PRICING.call(stub, read, s -> s.listRateOverrides(request));
    }

    public CreateRateOverrideResponse createRateOverride(CreateRateOverrideRequest request) {
        return Backend.PRICING.call(stub, write, s -> s.createRateOverride(request));
    }

    public DeleteRateOverrideResponse deleteRateOverride(DeleteRateOverrideRequest request) {
        return Backend.PRICING.call(stub, write, s -> s.deleteRateOverride(request));
    }

    public GetPricingRuleResponse getPricingRule(GetPricingRuleRequest request) {
        return Backend.PRICING.call(stub, read, s -> s.getPricingRule(request));
    }

    public UpdatePricingRuleResponse updatePricingRule(UpdatePricingRuleRequest request) {
        return Backend.PRICING.call(stub, write, s -> s.updatePricingRule(request));
    }
}
