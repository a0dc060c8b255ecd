package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationEvent;
import io.staygrid.reservation.repository.EventRepository;
import io.staygrid.reservation.repository.ReservationLists;
import io.staygrid.reservation.repository.ReservationLists.GuestCursor;
import io.staygrid.reservation.repository.ReservationLists.HotelCursor;
import io.staygrid.reservation.repository.ReservationLists.HotelFilter;
import io.staygrid.reservation.repository.ReservationRepository;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Reads: one reservation (with the optional ownership checks), a guest's and a hotel's lists, the audit
 * trail. Page cursors carry the sort key of the last row and a tag of the query they belong to.
 */
@ApplicationScoped
public class ReservationQueries {

    private final ReservationRepository reservations;
    private final ReservationLists lists;
    private final EventRepository events;

    public ReservationQueries(ReservationRepository reservations, ReservationLists lists, EventRepository events) {
        this.reservations = reservations;
        this.lists = lists;
        this.events = events;
    }

    /** The reservation; NOT_FOUND also when guestId (non-empty) or hotelId (positive) does not match. */
    public Reservation get(String reservationId, String guestId, long hotelId) {
        return reservations.byId(reservationId)
                .filter(r -> guestId.isEmpty() || r.guestId().equals(guestId))
                .filter(r -> hotelId <= 0 || r.stay().hotelId() == hotelId)
                .orElseThrow(() -> DomainException.notFound("RESERVATION_NOT_FOUND", "no such reservation")
                        .with("reservation_id", reservationId));
    }

    public Page<Reservation> forGuest(String guestId, PageRequest page) {
        String tag = "g" + Integer.toHexString(guestId.hashCode());
        GuestCursor after = null;
        if (!page.first()) {
            String[] parts = parts(page, tag, 3);
            after = new GuestCursor(micros(parts[1]), uuid(parts[2]));
        }
        return Page.fromOverfetched(lists.byGuest(guestId, after, page.size() + 1), page,
                r -> tag + "|" + micros(r.createTime()) + "|" + r.id());
    }

    public Page<Reservation> forHotel(HotelFilter filter, PageRequest page) {
        String tag = "h" + Integer.toHexString(filter.toString().hashCode());
        HotelCursor after = null;
        if (!page.first()) {
            String[] parts = parts(page, tag, 4);
            try {
                after = new HotelCursor(LocalDate.parse(parts[1]), micros(parts[2]), uuid(parts[3]));
            } catch (RuntimeException e) {
                throw badToken();
            }
        }
        return Page.fromOverfetched(lists.byHotel(filter, after, page.size() + 1), page,
                r -> tag + "|" + r.stay().start() + "|" + micros(r.createTime()) + "|" + r.id());
    }

    public Page<ReservationEvent> events(String reservationId, String guestId, long hotelId, PageRequest page) {
        get(reservationId, guestId, hotelId);
        long after = 0;
        if (!page.first()) {
            after = number(parts(page, "e" + reservationId, 2)[1]);
        }
        return Page.fromOverfetched(events.list(reservationId, after, page.size() + 1), page,
                e -> "e" + reservationId + "|" + e.sequence());
    }

    private static String[] parts(PageRequest page, String tag, int count) {
        String[] parts = page.cursor().split("\\|");
        if (parts.length != count || !parts[0].equals(tag)) {
            throw badToken();
        }
        return parts;
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private static Instant micros(String value) {
        return Instant.EPOCH.plus(number(value), ChronoUnit.MICROS);
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw badToken();
        }
    }

    private static String uuid(String value) {
        if (!value.matches("[0-9a-f-]{36}")) {
            throw badToken();
        }
        return value;
    }

    private static DomainException badToken() {
        return DomainException.invalidField("INVALID_PAGE_TOKEN", "page_token", "page_token does not belong to this query");
    }
}
