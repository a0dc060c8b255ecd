package io.staygrid.reservation.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Keyset-paged reservation lists: the cursor is the sort key of the last row of the previous page. */
@ApplicationScoped
@Transactional
public class ReservationLists {

    /** Where a guest's list continues (newest first). */
    public record GuestCursor(Instant createTime, String reservationId) {
    }

    /** Where a hotel's list continues (by arrival, then creation, then id). */
    public record HotelCursor(LocalDate startDate, Instant createTime, String reservationId) {
    }

    /** The staff list's filters; null bounds mean unbounded, empty statuses mean every status. */
    public record HotelFilter(long hotelId, LocalDate arrivalFrom, LocalDate arrivalBefore,
                              List<ReservationStatus> statuses, boolean needsAttentionOnly) {
    }

    private final ReservationRepository reservations;

    public ReservationLists(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    public List<Reservation> byGuest(String guestId, GuestCursor after, int limit) {
        Parameters params = Parameters.with("guest", guestId);
        String query = "guestId = :guest";
        if (after != null) {
            query += " and (createTime, id) < (:time, :id)";
            params.and("time", after.createTime()).and("id", UUID.fromString(after.reservationId()));
        }
        return reservations.find(query, Sort.descending("createTime", "id"), params).range(0, limit - 1).stream()
                .map(ReservationMapping::toDomain).toList();
    }

    public List<Reservation> byHotel(HotelFilter filter, HotelCursor after, int limit) {
        Parameters params = Parameters.with("hotel", filter.hotelId());
        StringBuilder query = new StringBuilder("hotelId = :hotel");
        if (filter.arrivalFrom() != null) {
            query.append(" and startDate >= :from");
            params.and("from", filter.arrivalFrom());
        }
        if (filter.arrivalBefore() != null) {
            query.append(" and startDate < :before");
            params.and("before", filter.arrivalBefore());
        }
        if (!filter.statuses().isEmpty()) {
            query.append(" and status in :statuses");
            params.and("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.needsAttentionOnly()) {
            query.append(" and needsAttention = true");
        }
        if (after != null) {
            query.append(" and (startDate, createTime, id) > (:start, :time, :id)");
            params.and("start", after.startDate()).and("time", after.createTime())
                    .and("id", UUID.fromString(after.reservationId()));
        }
        return reservations.find(query.toString(), Sort.by("startDate", "createTime", "id"), params)
                .range(0, limit - 1).stream().map(ReservationMapping::toDomain).toList();
    }
}
