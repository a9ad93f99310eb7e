package io.spinecare.booking.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is asking, for per-client limits: the address the gateway saw. The gateway appends its peer to
 * {@code X-Forwarded-For}, and booking-service is reachable only from inside the cluster, so the entry furthest
 * right that is not a private, loopback or link-local address is the client; entries further left were written by
 * the client and are not believed. Without such an entry the TCP peer is the client.
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]{7,15}|[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null) {
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops[i].strip());
                if (hop.isEmpty()) {
                    break; // garbage: believe nothing further left
                }
                if (!isInternal(hop.get())) {
                    return hop.get().getHostAddress();
                }
            }
        }
        return request.getRemoteAddr();
    }

    private static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress();
    }

    /** Parses IP literals only: a host name would mean a DNS lookup per request. */
    private static Optional<InetAddress> literal(String text) {
        if (!IP_LITERAL.matcher(text).matches()
                || (!text.contains(":") && text.chars().filter(c -> c == '.').count() != 3)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
