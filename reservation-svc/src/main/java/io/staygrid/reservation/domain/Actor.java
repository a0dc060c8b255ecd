package io.staygrid.reservation.domain;

/** Who did something: a guest, a staff member, or StayGrid itself (saga, recovery job). */
public record Actor(Kind kind, String id) {

    public enum Kind { GUEST, STAFF, SYSTEM }

    public static final Actor SAGA = new Actor(Kind.SYSTEM, "booking-saga");
    public static final Actor RECOVERY = new Actor(Kind.SYSTEM, "recovery-job");
}
