package io.spinecare.gateway.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser-facing protections.
 *
 * @param contentSecurityPolicy CSP for the pages and APIs: same-origin scripts and styles only
 * @param swaggerContentSecurityPolicy CSP for {@code /swagger-ui/**}, whose widgets need inline styles
 * @param referrerPolicy the Referrer-Policy header
 * @param hstsMaxAge HSTS lifetime, sent only on requests that arrived over TLS
 * @param corsAllowedOrigins origins allowed to call the API from a browser; empty: same origin only
 */
@ConfigurationProperties("spinecare.gateway.web")
public record WebSecurityProperties(
        String contentSecurityPolicy,
        String swaggerContentSecurityPolicy,
        String referrerPolicy,
        Duration hstsMaxAge,
        List<String> corsAllowedOrigins) {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    static final String DEFAULT_SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    public WebSecurityProperties {
        contentSecurityPolicy = blankToDefault(contentSecurityPolicy, DEFAULT_CSP);
        swaggerContentSecurityPolicy = blankToDefault(swaggerContentSecurityPolicy, DEFAULT_SWAGGER_CSP);
        referrerPolicy = blankToDefault(referrerPolicy, "strict-origin-when-cross-origin");
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
        corsAllowedOrigins = corsAllowedOrigins == null
                ? List.of()
                : corsAllowedOrigins.stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
