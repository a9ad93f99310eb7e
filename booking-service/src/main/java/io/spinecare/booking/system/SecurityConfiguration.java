package io.spinecare.booking.system;

import io.spinecare.booking.web.ProblemWriter;
import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.Authentication;
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
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Defence in depth behind the gateway (docs/adr/0401-staff-authentication.md): the front desk needs a
 * JWT with role front-desk; patients use no login (their manage token travels in a header), so
 * everything else stays open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String FRONT_DESK = "front-desk";
    static final String PATIENT_READ = "system/Patient.read";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable()) // stateless API: no cookies, so no CSRF to defend against
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/desk/**")
                        .hasRole(FRONT_DESK)
                        // patients' contact details, for SpineCare's own services only (ADR 0212)
                        .requestMatchers("/internal/**")
                        .access((authentication, context) ->
                                new AuthorizationDecision(grants(authentication.get(), PATIENT_READ)))
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((request, response, e) -> ProblemWriter.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "A valid staff token is required",
                                "Send a Bearer token issued to front-desk staff."))
                        .accessDeniedHandler((request, response, e) -> ProblemWriter.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "This needs the front-desk role",
                                "The token does not carry the role front-desk.")))
                // the same answers when no token was sent at all, whatever the request accepts
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint((request, response, e) -> ProblemWriter.write(
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "unauthorized",
                                        "A valid staff token is required",
                                        "Send a Bearer token issued to front-desk staff."))
                                .accessDeniedHandler((request, response, e) -> ProblemWriter.write(
                                        response,
                                        HttpStatus.FORBIDDEN,
                                        "forbidden",
                                        "This needs the front-desk role",
                                        "The token does not carry the role front-desk.")));
        return http.build();
    }

    /**
     * Verifies staff tokens with the issuer's JWK set ({@code jwk-set-uri}) or, when given, a fixed public key
     * ({@code public-key-location}, which wins: tests and air-gapped set-ups use it). Every token needs an
     * {@code exp} and an {@code aud} naming one of {@code audiences}; the issuer is checked when {@code issuer-uri}
     * is set.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
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

    /** A client-credentials token (it has a {@code client_id}) whose space-separated scope names {@code scope}. */
    static boolean grants(Authentication authentication, String scope) {
        if (!(authentication instanceof JwtAuthenticationToken token)
                || token.getToken().getClaimAsString("client_id") == null) {
            return false;
        }
        String scopes = token.getToken().getClaimAsString("scope");
        return scopes != null && List.of(scopes.trim().split("\\s+")).contains(scope);
    }

    /** Roles come from the {@code roles} claim, prefixed ROLE_, everywhere in SpineCare. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
