package io.staygrid.edge.mapping;

import com.google.protobuf.FieldMask;
import io.staygrid.edge.error.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * REST field names to proto update_mask paths. PUT (full replace) names every updatable field;
 * PATCH names the fields present in the body.
 */
public final class FieldMasks {

    /** Updatable paths of UpdateHotel, by JSON field name. */
    public static final Map<String, String> HOTEL = ordered(
            "name", "name", "addressLines", "address_lines", "city", "city", "postalCode", "postal_code",
            "starRating", "star_rating", "description", "description");

    /** Updatable paths of UpdateRoomType, by JSON field name. */
    public static final Map<String, String> ROOM_TYPE = ordered(
            "name", "name", "description", "description", "maxOccupancy", "max_occupancy",
            "bedConfiguration", "bed_configuration", "amenities", "amenities");

    /** Updatable paths of UpdateRoom, by JSON field name. */
    public static final Map<String, String> ROOM = ordered(
            "number", "number", "floor", "floor", "roomTypeID", "room_type_id", "status", "status");

    private FieldMasks() {
    }

    public static FieldMask all(Map<String, String> paths) {
        return FieldMask.newBuilder().addAllPaths(paths.values()).build();
    }

    /** The mask of the JSON fields present in a PATCH body; an empty body is 400 EMPTY_PATCH. */
    public static FieldMask of(Set<String> jsonFields, Map<String, String> paths) {
        if (jsonFields.isEmpty()) {
            throw ProblemException.invalidField("EMPTY_PATCH", "body", "a PATCH body must name at least one field");
        }
        FieldMask.Builder mask = FieldMask.newBuilder();
        paths.forEach((json, path) -> {
            if (jsonFields.contains(json)) {
                mask.addPaths(path);
            }
        });
        return mask.build();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
