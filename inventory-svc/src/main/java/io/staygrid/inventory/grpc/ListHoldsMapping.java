package io.staygrid.inventory.grpc;

import static io.staygrid.inventory.grpc.Requests.optional;
import static io.staygrid.inventory.grpc.Requests.positive;

import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.mapping.InventoryMapper;
import io.staygrid.inventory.service.HoldQueries;
import io.staygrid.inventory.v1.ListHoldsRequest;
import io.staygrid.inventory.v1.ListHoldsResponse;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.proto.ProtoTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** ListHolds has the most filters: their checks live here to keep the adapter one line per RPC. */
@ApplicationScoped
class ListHoldsMapping {

    private final HoldQueries holdQueries;
    private final InventoryMapper map;

    ListHoldsMapping(HoldQueries holdQueries, InventoryMapper map) {
        this.holdQueries = holdQueries;
        this.map = map;
    }

    ListHoldsResponse list(ListHoldsRequest r) {
        long hotelId = positive(r.getHotelId(), "hotel_id");
        long roomTypeId = optional(r.getRoomTypeId(), "room_type_id");
        Set<HoldState> states = EnumSet.noneOf(HoldState.class);
        r.getStatesList().stream().map(InventoryMapper::state).filter(Objects::nonNull).forEach(states::add);
        boolean hasStart = ProtoTime.isSet(r.getStartDate());
        boolean hasEnd = ProtoTime.isSet(r.getEndDate());
        if (hasStart != hasEnd) {
            throw rangeError(hasStart ? "end_date" : "start_date", "INCOMPLETE_RANGE", "set both start_date and end_date, or neither");
        }
        LocalDate start = hasStart ? Requests.date(r.getStartDate(), "start_date") : null;
        LocalDate end = hasEnd ? Requests.date(r.getEndDate(), "end_date") : null;
        if (hasStart && !start.isBefore(end)) {
            throw rangeError("end_date", "START_NOT_BEFORE_END", "start_date must be before end_date");
        }
        var page = holdQueries.list(hotelId, roomTypeId, states, start, end, r.getPageSize(), r.getPageToken());
        return ListHoldsResponse.newBuilder()
                .addAllHolds(page.items().stream().map(map::hold).toList())
                .setNextPageToken(page.nextPageToken())
                .build();
    }

    private static DomainException rangeError(String field, String rule, String message) {
        return new DomainException(ErrorKind.INVALID_ARGUMENT, "INVALID_DATE_RANGE", message, Map.of("field", field, "rule", rule));
    }
}
