package io.staygrid.hotel.domain;

/** A number of identical beds in a room. */
public record BedGroup(BedType type, int count) {

    /** The stored form, e.g. {@code KING:1}. */
    public String encode() {
        return type.name() + ":" + count;
    }

    public static BedGroup decode(String stored) {
        int colon = stored.indexOf(':');
        return new BedGroup(BedType.valueOf(stored.substring(0, colon)), Integer.parseInt(stored.substring(colon + 1)));
    }
}
