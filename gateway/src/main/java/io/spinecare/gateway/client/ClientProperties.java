package io.spinecare.gateway.client;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway tells clients apart.
 *
 * @param trustedProxies addresses or CIDR ranges of the load balancers / ingress in front of the
 *     gateway; only a request arriving from one of them may name the client in {@code
 *     X-Forwarded-For}. Empty: the TCP peer is the client, whatever the headers say.
 */
@ConfigurationProperties("spinecare.gateway.client")
public record ClientProperties(List<String> trustedProxies) {

    public ClientProperties {
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
