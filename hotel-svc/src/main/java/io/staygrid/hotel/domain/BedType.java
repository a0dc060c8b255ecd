package io.staygrid.hotel.domain;

/** Kind of bed. */
public enum BedType {
    SINGLE, DOUBLE, QUEEN, KING, SOFA_BED, BUNK, CRIB
}
