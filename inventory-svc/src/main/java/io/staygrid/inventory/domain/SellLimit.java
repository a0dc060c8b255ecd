package io.staygrid.inventory.domain;

/** The overbooking arithmetic, in integers only. */
public final class SellLimit {

    /** The overbooking percent of a hotel that never set a policy. */
    public static final int DEFAULT_PERCENT = 10;
    /** The most rooms a room type may have in service or out of service: every limit fits an int with room to spare. */
    public static final int MAX_ROOMS = 100_000;
    /** The highest overbooking percent. */
    public static final int MAX_PERCENT = 100;

    private SellLimit() {
    }

    /** floor(totalInventory * (1 + percent / 100)), exactly. */
    public static int of(int totalInventory, int percent) {
        return (int) ((long) totalInventory * (100 + percent) / 100);
    }

    /** The same formula as SQL, so statements compute limits the way Java does. */
    public static String sql(String inventoryExpr, String percentExpr) {
        return "((" + inventoryExpr + ") * (100 + " + percentExpr + ") / 100)";
    }
}
