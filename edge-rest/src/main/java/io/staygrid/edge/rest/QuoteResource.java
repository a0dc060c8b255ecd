package io.staygrid.edge.rest;

import io.staygrid.edge.client.ReservationClient;
import io.staygrid.edge.mapping.ReservationMapper;
import io.staygrid.edge.rest.model.Quote;
import io.staygrid.edge.rest.model.QuoteRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /v1/quotes: the book's "reservation order", a locked price plus the reservationID to book with. */
@Path("/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class QuoteResource {

    private final ReservationClient reservations;

    QuoteResource(ReservationClient reservations) {
        this.reservations = reservations;
    }

    @POST
    @PermitAll
    @Operation(summary = "Quote a stay and get a fresh reservationID",
            description = "Pass reservationID and quoteID to POST /v1/reservations. Does not hold rooms.")
    public Quote quote(QuoteRequest body) {
        QuoteRequest request = Bodies.required(body);
        return ReservationMapper.quote(request, reservations.prepareReservation(ReservationMapper.prepare(request)));
    }
}
