package io.spinecare.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrRangeTest {

    @Test
    void aRangeContainsExactlyTheAddressesUnderItsPrefix() throws Exception {
        CidrRange range = CidrRange.parse("172.16.0.0/12");

        assertThat(range.contains(InetAddress.getByName("172.16.0.1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("172.31.255.255"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("172.32.0.0"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("::1"))).isFalse();
    }

    @Test
    void aBareAddressIsASingleHost() throws Exception {
        CidrRange host = CidrRange.parse("127.0.0.2");

        assertThat(host.contains(InetAddress.getByName("127.0.0.2"))).isTrue();
        assertThat(host.contains(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    @Test
    void ipv6RangesWork() throws Exception {
        CidrRange range = CidrRange.parse("fd00::/8");

        assertThat(range.contains(InetAddress.getByName("fd12:3456::1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("fe80::1"))).isFalse();
    }
}
