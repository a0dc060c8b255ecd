package io.staygrid.edge;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.List;
import java.util.Set;

/** Bearer tokens signed with the test key (src/test/resources/test-keys), as a real identity provider would issue. */
public final class TestTokens {

    public static final String ISSUER = "https://test.staygrid.local";
    /** The audience the test profile verifies (%test.mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "staygrid-test-api";
    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String guest(String subject) {
        return sign(subject, Set.of("guest"), List.of(), ISSUER);
    }

    public static String staff(String subject, Long... hotels) {
        return sign(subject, Set.of("staff"), List.of(hotels), ISSUER);
    }

    public static String admin(String subject) {
        return sign(subject, Set.of("admin"), List.of(), ISSUER);
    }

    public static String withIssuer(String subject, String issuer) {
        return sign(subject, Set.of("guest"), List.of(), issuer);
    }

    /** A guest token whose upn (the principal name) differs from its subject. */
    public static String guestWithUpn(String subject, String upn) {
        return Jwt.issuer(ISSUER).subject(subject).upn(upn).audience(AUDIENCE).groups(Set.of("guest"))
                .claim("hotels", List.of()).expiresIn(600).jws().sign(KEY);
    }

    /** A guest token for another audience (or none when audience is null). */
    public static String guestForAudience(String subject, String audience) {
        var builder = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of("guest")).claim("hotels", List.of());
        if (audience != null) {
            builder.audience(audience);
        }
        return builder.expiresIn(600).jws().sign(KEY);
    }

    private static String sign(String subject, Set<String> groups, List<Long> hotels, String issuer) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).audience(AUDIENCE).groups(groups)
                .claim("hotels", hotels).expiresIn(600).jws().sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("test-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("test key missing", e);
        }
    }
}
