package io.staygrid.reservation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A validated CreateReservation: defaults applied (rooms 0 -> 1, guests 0 -> one per room). */
public record BookingRequest(String reservationId, String guestId, Stay stay, int guests, String quoteId,
                             String paymentToken, Actor actor) {

    /** The hash of the body compared on retries: everything except the actor. */
    public String fingerprint() {
        String body = String.join("|", guestId, Long.toString(stay.hotelId()), Long.toString(stay.roomTypeId()),
                stay.start().toString(), stay.end().toString(), Integer.toString(stay.rooms()),
                Integer.toString(guests), quoteId, paymentToken);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
