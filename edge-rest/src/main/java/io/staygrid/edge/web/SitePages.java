package io.staygrid.edge.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;

/**
 * The guest site: page shells only. Each page's script module loads its data from the public /v1 API
 * with the guest's token, so the pages obey exactly the API's rules and errors.
 */
@Path("/")
@Page
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SitePages {

    private final Pages pages;

    SitePages(Pages pages) {
        this.pages = pages;
    }

    @GET
    public Response search() {
        return pages.ok(SiteTemplates.search(pages.site("Find a hotel", "search")));
    }

    @GET
    @Path("hotels/{hotelID}")
    public Response hotel(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> SiteTemplates.hotel(pages.site("Hotel", "hotel"), id));
    }

    @GET
    @Path("hotels/{hotelID}/room-types/{roomTypeID}")
    public Response roomType(@PathParam("hotelID") String hotelId, @PathParam("roomTypeID") String roomTypeId) {
        OptionalLong hotel = Pages.positive(hotelId);
        OptionalLong roomType = Pages.positive(roomTypeId);
        return hotel.isPresent() && roomType.isPresent()
                ? pages.ok(SiteTemplates.roomType(pages.site("Room", "room-type"), hotel.getAsLong(), roomType.getAsLong()))
                : pages.notFound();
    }

    @GET
    @Path("book")
    public Response book() {
        return pages.ok(SiteTemplates.book(pages.site("Book your stay", "book")));
    }

    @GET
    @Path("reservations")
    public Response reservations() {
        return pages.ok(SiteTemplates.reservations(pages.site("My reservations", "reservations")));
    }

    @GET
    @Path("reservations/{reservationID}")
    public Response reservation(@PathParam("reservationID") String reservationId) {
        return Pages.reservationId(reservationId)
                ? pages.ok(SiteTemplates.reservation(pages.site("Reservation", "reservation"), reservationId))
                : pages.notFound();
    }

    @GET
    @Path("reservations/{reservationID}/confirmation")
    public Response confirmation(@PathParam("reservationID") String reservationId) {
        return Pages.reservationId(reservationId)
                ? pages.ok(SiteTemplates.confirmation(pages.site("Booking confirmed", "confirmation"), reservationId))
                : pages.notFound();
    }
}
