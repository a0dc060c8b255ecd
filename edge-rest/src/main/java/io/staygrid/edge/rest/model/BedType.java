package io.staygrid.edge.rest.model;

/** Kind of bed. */
public enum BedType {
    SINGLE,
    DOUBLE,
    QUEEN,
    KING,
    SOFA_BED,
    BUNK,
    CRIB
}
