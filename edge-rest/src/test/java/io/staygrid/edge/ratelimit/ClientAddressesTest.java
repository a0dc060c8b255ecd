package io.staygrid.edge.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1", "10.0.0.0/8", "::1/128"));

    @Test
    void theRightMostEntryThatIsNotATrustedProxyIsTheClient() {
        assertThat(addresses.of("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of("10.1.2.3", List.of("203.0.113.5, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of("10.1.2.3", List.of("203.0.113.5, 198.51.100.7, 10.9.9.9, 127.0.0.1")))
                .isEqualTo("198.51.100.7");
        assertThat(addresses.of("127.0.0.1", List.of("203.0.113.5", "198.51.100.7, 10.0.0.1")))
                .as("several header lines read in order").isEqualTo("198.51.100.7");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeaderSays() {
        assertThat(addresses.of("192.0.2.44", List.of("198.51.100.7"))).isEqualTo("192.0.2.44");
    }

    @Test
    void withoutAnUntrustedEntryTheLeftMostHopOrThePeerIsTheClient() {
        assertThat(addresses.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(addresses.of("10.1.2.3", List.of("10.4.4.4, 127.0.0.1"))).isEqualTo("10.4.4.4");
    }

    @Test
    void portsAndBracketsAreStrippedAndJunkIsAnUntrustedKeyOfBoundedLength() {
        assertThat(addresses.of("127.0.0.1", List.of("198.51.100.7:4711"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of("127.0.0.1", List.of("[2001:db8::1]:443"))).isEqualTo("2001:db8::1");
        assertThat(addresses.of("::1", List.of("2001:db8::2"))).isEqualTo("2001:db8::2");
        assertThat(addresses.of("127.0.0.1", List.of("x".repeat(500)))).hasSize(64);
    }

    @Test
    void trustedProxiesAreAddressesOrRangesNeverHostNames() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host names are not accepted");
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
