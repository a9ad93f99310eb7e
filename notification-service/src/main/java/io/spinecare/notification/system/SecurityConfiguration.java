package io.spinecare.notification.system;

import io.spinecare.notification.web.ProblemWriter;
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
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
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
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff endpoints need a JWT with role {@code front-desk} (claim {@code roles}, prefix {@code ROLE_}, as
 * docs/adr/0401-staff-authentication.md fixes for every service); health, metrics and API docs stay open.
 * No sessions, no CSRF: the only callers are bearer-token clients.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String UNAUTHORIZED_TITLE = "A valid staff token is required";
    public static final String UNAUTHORIZED_DETAIL = "Send a Bearer token issued to front-desk staff.";
    public static final String FORBIDDEN_TITLE = "This needs the front-desk role";
    public static final String FORBIDDEN_DETAIL = "The token does not carry the role front-desk.";

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/desk/**")
                        .hasRole("front-desk")
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        // RFC 9457 bodies, as every other answer of SpineCare (the document lists them).
                        .authenticationEntryPoint((request, response, e) -> ProblemWriter.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                UNAUTHORIZED_TITLE,
                                UNAUTHORIZED_DETAIL))
                        .accessDeniedHandler((request, response, e) -> ProblemWriter.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN_TITLE, FORBIDDEN_DETAIL)))
                // the same answers when no token was sent at all, whatever the request accepts
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                                (request, response, e) -> ProblemWriter.write(
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "unauthorized",
                                        UNAUTHORIZED_TITLE,
                                        UNAUTHORIZED_DETAIL))
                        .accessDeniedHandler((request, response, e) -> ProblemWriter.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN_TITLE, FORBIDDEN_DETAIL)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .headers(Customizer.withDefaults())
                .build();
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

    private static JwtAuthenticationConverter roles() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
