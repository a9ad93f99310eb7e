package io.spinecare.booking.system;

import io.spinecare.booking.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
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

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable()) // stateless API: no cookies, so no CSRF to defend against
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/desk/**")
                        .hasRole(FRONT_DESK)
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
                                "The token does not carry the role front-desk.")));
        return http.build();
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
