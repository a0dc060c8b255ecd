package io.staygrid.reservation.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.pricing.v1.GetQuoteRequest;
import io.staygrid.pricing.v1.NightlyPrice;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.pricing.v1.QuoteStayRequest;
import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.Quotes;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.money.Amount;
import io.staygrid.support.proto.ProtoMoney;
import io.staygrid.support.proto.ProtoTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** pricing-svc's quotes, with a deadline per call; GetQuote is a read and QuoteStay harmless to repeat. */
@ApplicationScoped
public class PricingClient implements Quotes {

    static final String UNAVAILABLE = "PRICING_UNAVAILABLE";

    private final PricingServiceBlockingStub stub;
    private final ReservationConfig.Downstream settings;

    public PricingClient(@GrpcClient("pricing") PricingServiceBlockingStub stub, ReservationConfig config) {
        this.stub = stub;
        this.settings = config.pricing();
    }

    @Override
    public Optional<Quote> find(String quoteId) {
        try {
            return Optional.of(toQuote(call(s -> s.getQuote(GetQuoteRequest.newBuilder().setQuoteId(quoteId).build()))
                    .getQuote()));
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.NOT_FOUND || code == Status.Code.INVALID_ARGUMENT) {
                return Optional.empty();
            }
            throw unavailable(e);
        }
    }

    @Override
    public Quote quote(Stay stay) {
        QuoteStayRequest request = QuoteStayRequest.newBuilder().setHotelId(stay.hotelId())
                .setRoomTypeId(stay.roomTypeId()).setStartDate(ProtoTime.toProto(stay.start()))
                .setEndDate(ProtoTime.toProto(stay.end())).setRooms(stay.rooms()).build();
        try {
            return toQuote(call(s -> s.quoteStay(request)).getQuote());
        } catch (StatusRuntimeException e) {
            String reason = GrpcErrors.reason(e);
            if ("ROOM_TYPE_NOT_FOUND".equals(reason) || "BASE_RATE_NOT_SET".equals(reason)) {
                throw new DomainException(ErrorKind.FAILED_PRECONDITION, "BASE_RATE_NOT_SET",
                        "the room type cannot be priced (no base rate)")
                        .with("hotel_id", Long.toString(stay.hotelId()))
                        .with("room_type_id", Long.toString(stay.roomTypeId()));
            }
            if ("INVALID_STAY".equals(reason)) {
                throw DomainException.invalidField("INVALID_STAY", "start_date", String.valueOf(e.getStatus().getDescription()));
            }
            if (Downstream.refused(e)) {
                throw DomainException.failedPrecondition("STAY_NOT_PRICEABLE", "pricing refused to price the stay")
                        .with("pricing_reason", reason);
            }
            throw unavailable(e);
        }
    }

    private <T> T call(Function<PricingServiceBlockingStub, T> call) {
        return Retry.idempotent(settings,
                () -> call.apply(stub.withDeadlineAfter(settings.deadline().toMillis(), TimeUnit.MILLISECONDS)));
    }

    private static DomainException unavailable(StatusRuntimeException e) {
        return new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE,
                "pricing could not answer (" + e.getStatus().getCode() + " " + GrpcErrors.reason(e) + ")");
    }

    private static Quote toQuote(io.staygrid.pricing.v1.Quote q) {
        Stay stay = new Stay(q.getHotelId(), q.getRoomTypeId(), ProtoTime.toLocalDate(q.getStartDate(), "start_date"),
                ProtoTime.toLocalDate(q.getEndDate(), "end_date"), q.getRooms());
        Amount total = ProtoMoney.toAmount(q.getTotal(), "total");
        PricedStay price = new PricedStay(total.currency(), q.getNightsList().stream()
                .map(NightlyPrice::getPrice).map(m -> ProtoMoney.toAmount(m, "price").minorUnits()).toList(), total);
        return new Quote(q.getQuoteId(), stay, price, ProtoTime.toInstant(q.getExpireTime()));
    }
}
