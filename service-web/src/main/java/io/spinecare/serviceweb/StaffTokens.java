package io.spinecare.serviceweb;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** How every SpineCare service reads a staff token the gateway issued (ADR 0401, ADR 0404). */
public final class StaffTokens {

    public static final String UNAUTHORIZED_TITLE = "A valid staff token is required";
    public static final String UNAUTHORIZED_DETAIL = "Send a Bearer token issued to front-desk staff.";
    public static final String FORBIDDEN_TITLE = "This needs the front-desk role";
    public static final String FORBIDDEN_DETAIL = "The token does not carry the role front-desk.";

    private StaffTokens() {}

    /**
     * Verifies staff tokens with the issuer's JWK set ({@code jwk-set-uri}) or, when given, a fixed public key
     * ({@code public-key-location}, which wins: tests and air-gapped set-ups use it). Every token needs an
     * {@code exp} and an {@code aud} naming one of {@code audiences}; the issuer is checked when {@code issuer-uri}
     * is set.
     */
    public static JwtDecoder decoder(OAuth2ResourceServerProperties properties) throws IOException {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder;
        if (jwt.getPublicKeyLocation() != null) {
            try (InputStream pem = jwt.getPublicKeyLocation().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(
                new JwtTimestampValidator(),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(jwt.getAudiences()::contains))));
        if (jwt.getIssuerUri() != null && !jwt.getIssuerUri().isBlank()) {
            validators.add(new JwtIssuerValidator(jwt.getIssuerUri()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** 401 problem+json, for a missing or invalid token alike. */
    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> ProblemWriter.write(
                response, HttpStatus.UNAUTHORIZED, "unauthorized", UNAUTHORIZED_TITLE, UNAUTHORIZED_DETAIL);
    }

    /** 403 problem+json: a valid token without the role the path needs. */
    public static AccessDeniedHandler forbidden() {
        return (request, response, e) ->
                ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN_TITLE, FORBIDDEN_DETAIL);
    }

    /** Roles come from the {@code roles} claim, prefixed ROLE_, everywhere in SpineCare. */
    public static JwtAuthenticationConverter roles() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
