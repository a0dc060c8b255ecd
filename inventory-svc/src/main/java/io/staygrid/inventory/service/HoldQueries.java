package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.repository.HoldRepository;
import io.staygrid.inventory.repository.HoldRepository.HoldQuery;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/** Reads of the hold ledger. */
@ApplicationScoped
public class HoldQueries {

    private static final LocalDate BEFORE_ANY_HOLD = LocalDate.of(1970, 1, 1);
    private static final UUID LOWEST_ID = new UUID(0, 0);

    private final HoldRepository holds;
    private final Clock clock;

    public HoldQueries(HoldRepository holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
    }

    public Hold get(UUID id) {
        Hold hold = holds.byId(id).filter(h -> !h.neverHeld()).orElseThrow(() -> Errors.holdNotFound(id));
        return hold.asSeenAt(clock.instant());
    }

    /** One page of a hotel's holds; {@code windowStart}/{@code windowEnd} are both null or both set. */
    public Page<Hold> list(long hotelId, long roomTypeId, Set<HoldState> states, LocalDate windowStart,
                           LocalDate windowEnd, int pageSize, String pageToken) {
        String[] stateNames = states.stream().map(Enum::name).sorted().toArray(String[]::new);
        Pages pages = Pages.of(pageSize, pageToken, hotelId, roomTypeId, String.join(",", stateNames), windowStart, windowEnd);
        LocalDate afterDate = BEFORE_ANY_HOLD;
        UUID afterId = LOWEST_ID;
        if (!pages.key().isEmpty()) {
            String[] parts = pages.keyParts(2);
            try {
                afterDate = LocalDate.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw DomainException.invalidField("INVALID_FIELD", "page_token", "page_token is malformed");
            }
        }
        Instant now = clock.instant();
        var rows = holds.list(new HoldQuery(hotelId, roomTypeId, stateNames, windowStart, windowEnd, afterDate, afterId,
                pages.size() + 1), now);
        return Page.fromOverfetched(rows, pages.request(),
                h -> pages.cursorFor(h.stay().startDate() + "|" + h.reservationId())).map(h -> h.asSeenAt(now));
    }
}
