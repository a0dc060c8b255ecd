package io.staygrid.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwtStartupCheckTest {

    @Test
    void prodStartFailsNamingEveryMissingVerificationKey() {
        assertThatThrownBy(() -> JwtStartupCheck.requireComplete(name -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mp.jwt.verify.issuer")
                .hasMessageContaining("mp.jwt.verify.publickey.location")
                .hasMessageContaining("mp.jwt.verify.audiences");
        Map<String, String> onlyIssuer = Map.of("mp.jwt.verify.issuer", "https://idp", "mp.jwt.verify.audiences", " ");
        assertThat(JwtStartupCheck.missing(name -> Optional.ofNullable(onlyIssuer.get(name))))
                .containsExactly("mp.jwt.verify.publickey.location", "mp.jwt.verify.audiences");
    }

    @Test
    void everyProfileButDevLocalAndTestIsChecked() {
        assertThat(JwtStartupCheck.required(java.util.List.of("prod"))).isTrue();
        assertThat(JwtStartupCheck.required(java.util.List.of("staging"))).isTrue();
        assertThat(JwtStartupCheck.required(java.util.List.of("staging", "local"))).isTrue();
        assertThat(JwtStartupCheck.required(java.util.List.of())).isTrue();
        assertThat(JwtStartupCheck.required(java.util.List.of("local"))).isFalse();
        assertThat(JwtStartupCheck.required(java.util.List.of("dev"))).isFalse();
        assertThat(JwtStartupCheck.required(java.util.List.of("test"))).isFalse();
    }

    @Test
    void aCompleteConfigurationStarts() {
        Map<String, String> config = Map.of("mp.jwt.verify.issuer", "https://idp",
                "mp.jwt.verify.publickey.location", "https://idp/jwks", "mp.jwt.verify.audiences", "staygrid-api");
        JwtStartupCheck.requireComplete(name -> Optional.ofNullable(config.get(name)));
        Map<String, String> inlineKey = Map.of("mp.jwt.verify.issuer", "https://idp",
                "mp.jwt.verify.publickey", "MIIB...", "mp.jwt.verify.audiences", "staygrid-api");
        assertThat(JwtStartupCheck.missing(name -> Optional.ofNullable(inlineKey.get(name)))).isEmpty();
    }
}
