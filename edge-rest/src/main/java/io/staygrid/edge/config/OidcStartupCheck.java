package io.staygrid.edge.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Fails the start in the prod profile when the pages' sign-in (OpenID Connect, authorization code
 * flow) has no identity provider: without it the site would show a sign-in button that leads nowhere.
 */
@Singleton
public class OidcStartupCheck {

    static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";
    static final String CLIENT_ID = "quarkus.oidc.client-id";

    void onStart(@Observes StartupEvent event, Config config) {
        if (ConfigUtils.isProfileActive("prod")) {
            requireComplete(name -> config.getOptionalValue(name, String.class));
        }
    }

    /** Throws naming every missing key when the identity provider or the client id is unset or blank. */
    static void requireComplete(Function<String, Optional<String>> lookup) {
        List<String> missing = missing(lookup);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the pages' sign-in (OpenID Connect) is not configured; set " + String.join(", ", missing)
                    + " (QUARKUS_OIDC_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_ID and usually QUARKUS_OIDC_CREDENTIALS_SECRET)");
        }
    }

    static List<String> missing(Function<String, Optional<String>> lookup) {
        return List.of(AUTH_SERVER_URL, CLIENT_ID).stream()
                .filter(name -> lookup.apply(name).filter(value -> !value.isBlank()).isEmpty())
                .toList();
    }
}
