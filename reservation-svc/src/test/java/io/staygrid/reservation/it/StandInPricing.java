package io.staygrid.reservation.it;

import com.google.type.Date;
import io.grpc.stub.StreamObserver;
import io.staygrid.pricing.v1.GetQuoteRequest;
import io.staygrid.pricing.v1.GetQuoteResponse;
import io.staygrid.pricing.v1.NightlyPrice;
import io.staygrid.pricing.v1.PricingServiceGrpc;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.pricing.v1.QuoteStayRequest;
import io.staygrid.pricing.v1.QuoteStayResponse;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.money.Amount;
import io.staygrid.support.proto.ProtoMoney;
import io.staygrid.support.proto.ProtoTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** pricing-svc's quote contract in memory: a flat nightly price, quotes the test can expire, an outage switch. */
public class StandInPricing extends PricingServiceGrpc.PricingServiceImplBase {

    public final Map<String, Quote> quotes = new ConcurrentHashMap<>();
    public volatile long nightlyMinor;
    public volatile boolean down;
    /** When set, QuoteStay fails with this (a refusal pricing-svc may give, e.g. INVALID_FIELD). */
    public volatile RuntimeException quoteError;

    public void reset() {
        quotes.clear();
        nightlyMinor = 10000;
        down = false;
        quoteError = null;
    }

    /** A pricing-svc refusal as it arrives over gRPC. */
    public static RuntimeException refusal(ErrorKind kind, String reason) {
        return error(kind, reason);
    }

    /** Issues a quote at the current price that expires at {@code expire}. */
    public Quote issue(long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms, Instant expire) {
        Quote.Builder q = Quote.newBuilder().setQuoteId(UUID.randomUUID().toString()).setHotelId(hotelId)
                .setRoomTypeId(roomTypeId).setStartDate(ProtoTime.toProto(start)).setEndDate(ProtoTime.toProto(end))
                .setRooms(rooms).setExpireTime(ProtoTime.toProto(expire)).setCreateTime(ProtoTime.toProto(Instant.now()));
        long nights = 0;
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            nights++;
            q.addNights(NightlyPrice.newBuilder().setDate(ProtoTime.toProto(d))
                    .setPrice(ProtoMoney.toProto(Amount.ofMinor("EUR", nightlyMinor))));
        }
        q.setTotal(ProtoMoney.toProto(Amount.ofMinor("EUR", nightlyMinor * nights * rooms)));
        Quote quote = q.build();
        quotes.put(quote.getQuoteId(), quote);
        return quote;
    }

    @Override
    public void getQuote(GetQuoteRequest r, StreamObserver<GetQuoteResponse> out) {
        if (down) {
            out.onError(error(ErrorKind.UNAVAILABLE, "INVENTORY_UNAVAILABLE"));
            return;
        }
        Quote q = quotes.get(r.getQuoteId());
        if (q == null) {
            out.onError(error(ErrorKind.NOT_FOUND, "QUOTE_NOT_FOUND"));
            return;
        }
        out.onNext(GetQuoteResponse.newBuilder().setQuote(q).build());
        out.onCompleted();
    }

    @Override
    public void quoteStay(QuoteStayRequest r, StreamObserver<QuoteStayResponse> out) {
        if (down) {
            out.onError(error(ErrorKind.UNAVAILABLE, "INVENTORY_UNAVAILABLE"));
            return;
        }
        if (quoteError != null) {
            out.onError(quoteError);
            return;
        }
        if (r.getRoomTypeId() == 404) {
            out.onError(error(ErrorKind.FAILED_PRECONDITION, "BASE_RATE_NOT_SET"));
            return;
        }
        Quote q = issue(r.getHotelId(), r.getRoomTypeId(), date(r.getStartDate()), date(r.getEndDate()),
                Math.max(1, r.getRooms()), Instant.now().plusSeconds(900));
        out.onNext(QuoteStayResponse.newBuilder().setQuote(q).build());
        out.onCompleted();
    }

    private static LocalDate date(Date d) {
        return ProtoTime.toLocalDate(d, "date");
    }

    private static RuntimeException error(ErrorKind kind, String reason) {
        return GrpcErrors.toStatus(new DomainException(kind, reason, reason), "pricing.staygrid.io");
    }
}
