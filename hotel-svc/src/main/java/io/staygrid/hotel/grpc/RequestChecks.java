package io.staygrid.hotel.grpc;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import com.google.type.Date;
import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.proto.ProtoTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/** Shape checks of requests that need no database: ids, update masks, dates, request fingerprints. */
final class RequestChecks {

    private RequestChecks() {
    }

    static long id(long value, String field) {
        if (value <= 0) {
            throw CatalogErrors.invalid(field, field + " is required and must be positive");
        }
        return value;
    }

    static long optionalId(long value, String field) {
        if (value < 0) {
            throw CatalogErrors.invalid(field, field + " must not be negative");
        }
        return value;
    }

    /** The mask's paths; an empty mask or a path outside {@code allowed} is INVALID_FIELD on "update_mask". */
    static Set<String> paths(FieldMask mask, Set<String> allowed) {
        if (mask.getPathsCount() == 0) {
            throw CatalogErrors.invalid("update_mask", "update_mask must name at least one field");
        }
        Set<String> paths = new LinkedHashSet<>(mask.getPathsList());
        for (String path : paths) {
            if (!allowed.contains(path)) {
                throw CatalogErrors.invalid("update_mask", "update_mask path '" + path + "' is unknown or not updatable");
            }
        }
        return paths;
    }

    static LocalDate date(Date date, String field) {
        if (!ProtoTime.isSet(date)) {
            throw CatalogErrors.invalid(field, field + " is required");
        }
        try {
            return ProtoTime.toLocalDate(date, field);
        } catch (DomainException e) {
            throw CatalogErrors.invalid(field, e.getMessage());
        }
    }

    /** A stable digest of a request body without its request_id, to tell a retry from a different request. */
    static String fingerprint(Message requestWithoutId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(requestWithoutId.getDescriptorForType().getFullName().getBytes(StandardCharsets.UTF_8));
            sha.update(requestWithoutId.toByteArray());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
