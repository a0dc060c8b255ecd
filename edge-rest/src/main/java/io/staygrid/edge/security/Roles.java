package io.staygrid.edge.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    /** A guest booking for themselves; sees only their own reservations. */
    public static final String GUEST = "guest";
    /** Hotel staff; manages only the hotels listed in the token's {@code hotels} claim. */
    public static final String STAFF = "staff";
    /** Chain administrator; manages every hotel. */
    public static final String ADMIN = "admin";

    /** Name of the claim listing the hotel ids a staff member manages, e.g. {@code "hotels": [1, 2]}. */
    public static final String HOTELS_CLAIM = "hotels";

    private Roles() {
    }
}
