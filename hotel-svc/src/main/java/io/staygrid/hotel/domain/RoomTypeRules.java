package io.staygrid.hotel.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates and normalizes a room type. */
public final class RoomTypeRules {

    private static final Pattern AMENITY = Pattern.compile("[a-z0-9_]{1,64}");

    private RoomTypeRules() {
    }

    public static RoomType normalized(RoomType t) {
        return new RoomType(t.id(), t.hotelId(), Text.checked(t.name(), "room_type.name", 1, 100),
                Text.checked(t.description(), "room_type.description", 0, 4000),
                Text.checkedRange(t.maxOccupancy(), "room_type.max_occupancy", 1, 20),
                bedGroups(t.bedGroups()), amenities(t.amenities()), t.createTime(), t.updateTime());
    }

    private static List<BedGroup> bedGroups(List<BedGroup> groups) {
        String field = "room_type.bed_configuration.bed_groups";
        if (groups.isEmpty() || groups.size() > 10) {
            throw CatalogErrors.invalid(field, field + " needs 1 to 10 bed groups");
        }
        Set<BedType> seen = new HashSet<>();
        for (BedGroup group : groups) {
            if (group.type() == null) {
                throw CatalogErrors.invalid(field, "every bed group needs a known bed_type");
            }
            if (!seen.add(group.type())) {
                throw CatalogErrors.invalid(field, "bed type " + group.type() + " appears twice");
            }
            Text.checkedRange(group.count(), field, 1, 10);
        }
        return List.copyOf(groups);
    }

    private static List<String> amenities(List<String> amenities) {
        String field = "room_type.amenities";
        if (amenities.size() > 50) {
            throw CatalogErrors.invalid(field, field + " holds at most 50 entries");
        }
        if (new HashSet<>(amenities).size() != amenities.size()) {
            throw CatalogErrors.invalid(field, field + " must be distinct");
        }
        for (String amenity : amenities) {
            if (!AMENITY.matcher(amenity).matches()) {
                throw CatalogErrors.invalid(field, "amenity '" + amenity + "' must be 1-64 of a-z, 0-9 and _");
            }
        }
        return List.copyOf(amenities);
    }
}
