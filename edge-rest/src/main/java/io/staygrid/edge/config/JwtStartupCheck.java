package io.staygrid.edge.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Fails the start in the prod profile when token verification is not fully configured: without an
 * issuer, a public key (location or inline) and audiences, tokens would be refused or under-checked
 * and the misconfiguration would only show as 401s. Dev, local and test set their own values.
 */
@Singleton
public class JwtStartupCheck {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY_INLINE = "mp.jwt.verify.publickey";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    void onStart(@Observes StartupEvent event, Config config) {
        if (ConfigUtils.isProfileActive("prod")) {
            requireComplete(name -> config.getOptionalValue(name, String.class));
        }
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
