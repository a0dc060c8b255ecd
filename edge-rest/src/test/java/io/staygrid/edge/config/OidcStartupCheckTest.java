package io.staygrid.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcStartupCheckTest {

    @Test
    void prodStartFailsWithoutAnIdentityProviderForThePages() {
        assertThatThrownBy(() -> OidcStartupCheck.requireComplete(name -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.oidc.auth-server-url")
                .hasMessageContaining("quarkus.oidc.client-id");
        Map<String, String> blankClient = Map.of("quarkus.oidc.auth-server-url", "https://idp/realms/x", "quarkus.oidc.client-id", " ");
        assertThat(OidcStartupCheck.missing(name -> Optional.ofNullable(blankClient.get(name)))).containsExactly("quarkus.oidc.client-id");
    }

    @Test
    void aConfiguredIdentityProviderStarts() {
        Map<String, String> config = Map.of("quarkus.oidc.auth-server-url", "https://idp/realms/x", "quarkus.oidc.client-id", "staygrid-web");
        OidcStartupCheck.requireComplete(name -> Optional.ofNullable(config.get(name)));
    }
}
