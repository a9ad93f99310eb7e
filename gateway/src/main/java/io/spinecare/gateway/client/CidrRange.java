package io.spinecare.gateway.client;

import java.net.InetAddress;

/** An address range such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a /32 or /128. */
record CidrRange(byte[] network, int prefixLength) {

    static CidrRange parse(String text) {
        String[] parts = text.trim().split("/", 2);
        InetAddress address = IpLiterals.parse(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR range: " + text));
        byte[] bytes = address.getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("bad prefix length in " + text);
        }
        return new CidrRange(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
