package io.staygrid.systemtests.browser;

import io.staygrid.systemtests.TestHotel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Stays and page paths the browser tests use. */
public final class Stays {

    private Stays() {
    }

    /** The first stay of {@code nights} from {@code days} ahead whose check-out is in the same month (one calendar page). */
    public static LocalDate startWithinMonth(TestHotel hotel, int days, int nights) {
        LocalDate start = hotel.day(days);
        while (start.getDayOfMonth() + nights > start.lengthOfMonth()) {
            start = start.plusDays(1);
        }
        return start;
    }

    public static String calendar(TestHotel hotel, LocalDate month) {
        return "/hotels/" + hotel.hotelId() + "/room-types/" + hotel.roomTypeId() + "?month=" + month.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    public static String book(TestHotel hotel, LocalDate start, LocalDate end, int rooms) {
        return "/book?hotelID=" + hotel.hotelId() + "&roomTypeID=" + hotel.roomTypeId() + "&startDate=" + start + "&endDate=" + end
                + "&rooms=" + rooms;
    }

    /** A calendar day's button on the room page. */
    public static String day(LocalDate date) {
        return "button.day[data-date='" + date + "']";
    }
}
