package io.spinecare.notification.system;

import io.spinecare.serviceweb.StaffTokens;
import java.io.IOException;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff endpoints need a JWT with role {@code front-desk} (claim {@code roles}, prefix {@code ROLE_}, as
 * docs/adr/0401-staff-authentication.md fixes for every service); health, metrics and API docs stay open.
 * No sessions, no CSRF: the only callers are bearer-token clients.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/desk/**")
                        .hasRole("front-desk")
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(StaffTokens.roles()))
                        // RFC 9457 bodies, as every other answer of SpineCare (the document lists them).
                        .authenticationEntryPoint(StaffTokens.unauthorized())
                        .accessDeniedHandler(StaffTokens.forbidden()))
                // the same answers when no token was sent at all, whatever the request accepts
                .exceptionHandling(handling -> handling.authenticationEntryPoint(StaffTokens.unauthorized())
                        .accessDeniedHandler(StaffTokens.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
        return StaffTokens.decoder(properties);
    }
}
