package io.spinecare.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private final ClientAddresses behindIngress =
            new ClientAddresses(new ClientProperties(List.of("10.0.0.0/8", " 192.168.1.7 ")));

    @Test
    void withoutTrustedProxiesTheTcpPeerIsTheClientWhateverTheHeadersSay() {
        ClientAddresses direct = new ClientAddresses(new ClientProperties(null));
        var request = from("203.0.113.5").header("X-Forwarded-For", "1.1.1.1").build();

        assertThat(direct.clientKey(request)).isEqualTo("203.0.113.5");
    }

    @Test
    void anUntrustedPeerCannotNameAnotherClient() {
        var request = from("203.0.113.5").header("X-Forwarded-For", "1.1.1.1").build();

        assertThat(behindIngress.clientKey(request)).isEqualTo("203.0.113.5");
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedAddressIsTheClient() {
        var request = from("10.1.2.3")
                .header("X-Forwarded-For", "6.6.6.6, 198.51.100.7, 192.168.1.7")
                .build();

        assertThat(behindIngress.clientKey(request)).isEqualTo("198.51.100.7");
    }

    @Test
    void severalHeaderLinesAreReadAsOneList() {
        var request = from("10.1.2.3")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-For", "198.51.100.8")
                .build();

        assertThat(behindIngress.clientKey(request)).isEqualTo("198.51.100.8");
    }

    @Test
    void garbageOrHostNamesInTheHeaderAreNeverResolvedAndStopTheWalk() {
        var request = from("10.1.2.3")
                .header("X-Forwarded-For", "198.51.100.9, evil.example.com")
                .build();

        assertThat(behindIngress.clientKey(request)).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6ClientsAreRecognised() {
        var request =
                from("10.1.2.3").header("X-Forwarded-For", "[2001:db8::1]").build();

        assertThat(behindIngress.clientKey(request)).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void aRequestIsSecureOnlyWhenATrustedProxySaysSo() {
        assertThat(behindIngress.isSecure(
                        from("10.1.2.3").header("X-Forwarded-Proto", "https").build()))
                .isTrue();
        assertThat(behindIngress.isSecure(
                        from("203.0.113.5").header("X-Forwarded-Proto", "https").build()))
                .isFalse();
    }

    @Test
    void aMistypedTrustedProxyStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddresses(new ClientProperties(List.of("ingress.local"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingress.local");
    }

    private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
        return MockServerHttpRequest.get("http://gateway/api/slots/s-1/hold")
                .remoteAddress(new InetSocketAddress(peer, 40000));
    }
}
