package io.staygrid.edge.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.cdi.NullJsonWebToken;
import io.staygrid.edge.error.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified bearer token: the subject (a guest's id) and, for staff, the
 * hotels they manage. The checks here are authorization only; business rules stay in the services.
 * The token is the identity's principal: with quarkus-oidc present the injectable JsonWebToken is the
 * OIDC session's access token, which a bearer call verified by smallrye-jwt does not have.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    Caller(SecurityIdentity identity) {
        this.token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : new NullJsonWebToken();
    }

    /** The token's subject: the guest id for guests, the staff member's id for staff. */
    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(401, "UNAUTHENTICATED", "the token has no subject", Map.of());
        }
        return subject;
    }

    public boolean isAdmin() {
        return token.getGroups().contains(Roles.ADMIN);
    }

    public boolean isStaff() {
        return token.getGroups().contains(Roles.STAFF);
    }

    /** Admins manage every hotel; staff only those of their token's hotels claim. Otherwise 403 HOTEL_NOT_IN_SCOPE. */
    public void requireHotel(long hotelId) {
        if (isAdmin() || (isStaff() && hotels().contains(hotelId))) {
            return;
        }
        throw new ProblemException(403, "HOTEL_NOT_IN_SCOPE", "you may not manage hotel " + hotelId,
                Map.of("hotel_id", Long.toString(hotelId)));
    }

    /** The positive hotel ids of the token's hotels claim (numbers or numeric strings); empty when absent. */
    public Set<Long> hotels() {
        Set<Long> hotels = new HashSet<>();
        Object claim = token.getClaim(Roles.HOTELS_CLAIM);
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonNumber number) {
                    if (number.isIntegral()) {
                        add(number.longValue(), hotels);
                    }
                } else if (value.getValueType() == JsonValue.ValueType.STRING) {
                    parse(((jakarta.json.JsonString) value).getString(), hotels);
                }
            }
        } else if (claim instanceof Iterable<?> values) {
            values.forEach(v -> parse(String.valueOf(v), hotels));
        }
        return hotels;
    }

    private static void parse(String value, Set<Long> into) {
        try {
            add(Long.parseLong(value.trim()), into);
        } catch (NumberFormatException ignored) {
            // A malformed entry grants nothing.
        }
    }

    /** Hotel ids are positive: 0 or a negative entry (or a fraction) grants nothing, it never means "any hotel". */
    private static void add(long id, Set<Long> into) {
        if (id > 0) {
            into.add(id);
        }
    }
}
