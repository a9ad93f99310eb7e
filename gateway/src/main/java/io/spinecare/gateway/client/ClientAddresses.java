package io.spinecare.gateway.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Finds the address of the client behind a request, for rate limits and HSTS. {@code
 * X-Forwarded-For} is read only when the TCP peer is a trusted proxy, and then from the right:
 * the first address not belonging to a trusted proxy is the client (entries further left were
 * written by the client and may be forged).
 */
@Component
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final List<CidrRange> trustedProxies;

    ClientAddresses(ClientProperties properties) {
        this.trustedProxies =
                properties.trustedProxies().stream().map(CidrRange::parse).toList();
    }

    /** The client's address as text, or {@code "unknown"} when the peer is not known. */
    public String clientKey(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return "unknown";
        }
        InetAddress client = peer.getAddress();
        if (isTrustedProxy(client)) {
            client = forwardedClient(request, client);
        }
        return client.getHostAddress();
    }

    /** Whether the request reached us over TLS, directly or at a trusted proxy. */
    public boolean isSecure(ServerHttpRequest request) {
        if ("https".equalsIgnoreCase(request.getURI().getScheme()) || request.getSslInfo() != null) {
            return true;
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer != null
                && peer.getAddress() != null
                && isTrustedProxy(peer.getAddress())
                && "https".equalsIgnoreCase(request.getHeaders().getFirst(FORWARDED_PROTO));
    }

    private InetAddress forwardedClient(ServerHttpRequest request, InetAddress peer) {
        List<String> values = request.getHeaders().getOrEmpty(FORWARDED_FOR);
        String[] hops = String.join(",", values).split(",");
        InetAddress client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops[i]);
            if (hop.isEmpty()) {
                break; // garbage: trust nothing further left
            }
            client = hop.get();
            if (!isTrustedProxy(client)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrustedProxy(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
