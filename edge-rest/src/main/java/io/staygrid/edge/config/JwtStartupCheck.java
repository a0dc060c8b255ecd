package io.staygrid.edge.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Fails the start when token verification is not fully configured: without an issuer, a public key (location or
 * inline) and audiences, tokens would be refused or under-checked and the misconfiguration would only show as 401s.
 * Only dev, local and test may start without (./run-local and the tests bring their own keys); any other profile,
 * prod or a "staging" nobody thought of, is checked.
 */
@Singleton
public class JwtStartupCheck {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY_INLINE = "mp.jwt.verify.publickey";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    /** The profiles that may start without token verification configured. */
    static final Set<String> EXEMPT_PROFILES = Set.of("dev", "local", "test");

    void onStart(@Observes StartupEvent event, Config config) {
        if (required(ConfigUtils.getProfiles())) {
            requireComplete(name -> config.getOptionalValue(name, String.class));
        }
    }

    /** Checked unless every active profile is dev, local or test. */
    static boolean required(List<String> activeProfiles) {
        return activeProfiles.isEmpty() || !EXEMPT_PROFILES.containsAll(activeProfiles);
    }

    /** Throws naming every missing key (MP_JWT_VERIFY_* environment variables) when any is unset or blank. */
    static void requireComplete(Function<String, Optional<String>> lookup) {
        List<String> missing = missing(lookup);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("token verification is not configured; set " + String.join(", ", missing)
                    + " (e.g. MP_JWT_VERIFY_ISSUER, MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_AUDIENCES)");
        }
    }

    static List<String> missing(Function<String, Optional<String>> lookup) {
        List<String> missing = new ArrayList<>();
        if (!present(lookup, ISSUER)) {
            missing.add(ISSUER);
        }
        if (!present(lookup, KEY_LOCATION) && !present(lookup, KEY_INLINE)) {
            missing.add(KEY_LOCATION);
        }
        if (!present(lookup, AUDIENCES)) {
            missing.add(AUDIENCES);
        }
        return missing;
    }

    private static boolean present(Function<String, Optional<String>> lookup, String name) {
        return lookup.apply(name).filter(value -> !value.isBlank()).isPresent();
    }
}
