package io.spinecare.gateway.security;

import io.spinecare.gateway.auth.AuthProperties;
import io.spinecare.gateway.web.ProblemResponses;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * Who may call what: {@code /api/desk/**} needs role front-desk; {@code /fhir/**} (but its
 * metadata) needs a valid token, whose scopes and client booking-service checks (docs/fhir.md);
 * everything else the gateway serves is public (patients use their manage token, which the
 * service checks). Stateless: no session, no CSRF token (no cookies are used), bearer tokens only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String FRONT_DESK = "front-desk";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            ProblemResponses problems,
            Converter<Jwt, Mono<AbstractAuthenticationToken>> roles,
            CorsConfigurationSource cors) {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var accessDenied = new ProblemAccessDeniedHandler(problems);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors))
                .headers(headers -> headers.hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/desk", "/api/desk/**")
                        .hasRole(FRONT_DESK)
                        .pathMatchers("/fhir/r4/metadata")
                        .permitAll()
                        .pathMatchers("/fhir", "/fhir/**")
                        .authenticated()
                        .pathMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/actuator", "/actuator/**")
                        .denyAll()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .build();
    }

    /** Authorities from the roles claim, prefixed ROLE_ (the same mapping as the services). */
    @Bean
    Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesFromJwt(AuthProperties auth) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(auth.rolesClaim());
        authorities.setAuthorityPrefix("ROLE_");
        ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(authorities));
        return converter;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(WebSecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (properties.corsAllowedOrigins().isEmpty()) {
            return source; // same origin only: no CORS headers at all
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                "X-Manage-Token",
                "X-Request-Id",
                "traceparent",
                "tracestate"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location", "X-RateLimit-Remaining"));
        cors.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
