package io.staygrid.hotel.domain;

/** Text limits counted in Unicode code points after trimming, as the contract defines them. */
public final class Text {

    private Text() {
    }

    /** The trimmed value, refused with INVALID_FIELD when its length is outside [min, max]. */
    public static String checked(String value, String field, int min, int max) {
        String trimmed = value == null ? "" : value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min) {
            throw CatalogErrors.invalid(field, min == 1 ? field + " is required" : field + " needs at least " + min + " characters");
        }
        if (length > max) {
            throw CatalogErrors.invalid(field, field + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    public static int checkedRange(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw CatalogErrors.invalid(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }
}
