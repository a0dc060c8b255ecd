package io.staygrid.edge.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The staff admin panel: page shells whose scripts call the staff endpoints of /v1 with the staff
 * member's token. The shells are public; every action is authorized by the API (hotels claim, roles).
 */
@Path("/admin")
@Page
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    private final Pages pages;

    AdminPages(Pages pages) {
        this.pages = pages;
    }

    @GET
    public Response hotels() {
        return pages.ok(AdminTemplates.hotels(pages.admin("Your hotels", "admin-hotels")));
    }

    @GET
    @Path("hotels/{hotelID}")
    public Response catalog(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> AdminTemplates.catalog(pages.admin("Hotel and rooms", "admin-catalog"), id));
    }

    @GET
    @Path("hotels/{hotelID}/inventory")
    public Response inventory(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> AdminTemplates.inventory(pages.admin("Inventory", "admin-inventory"), id));
    }

    @GET
    @Path("hotels/{hotelID}/rates")
    public Response rates(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> AdminTemplates.rates(pages.admin("Rates", "admin-rates"), id));
    }

    @GET
    @Path("hotels/{hotelID}/policies")
    public Response policies(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> AdminTemplates.policies(pages.admin("Policies", "admin-policies"), id));
    }

    @GET
    @Path("hotels/{hotelID}/arrivals")
    public Response arrivals(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> AdminTemplates.arrivals(pages.admin("Arrivals", "admin-arrivals"), id));
    }

    @GET
    @Path("hotels/{hotelID}/book")
    public Response book(@PathParam("hotelID") String hotelId) {
        return pages.withId(hotelId, id -> AdminTemplates.book(pages.admin("Book for a guest", "admin-book"), id));
    }
}
