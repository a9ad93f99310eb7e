package io.spinecare.booking.system;

import io.spinecare.serviceweb.StaffTokens;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
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
                        .authenticationEntryPoint(StaffTokens.unauthorized())
                        .accessDeniedHandler(StaffTokens.forbidden()))
                // the same answers when no token was sent at all, whatever the request accepts
                .exceptionHandling(handling -> handling.authenticationEntryPoint(StaffTokens.unauthorized())
                        .accessDeniedHandler(StaffTokens.forbidden()));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
        return StaffTokens.decoder(properties);
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

    /** Also read by the FHIR chain, which takes the defaults. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        return StaffTokens.roles();
    }
}
