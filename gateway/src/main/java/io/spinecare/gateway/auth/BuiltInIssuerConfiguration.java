package io.spinecare.gateway.auth;

import io.spinecare.gateway.ratelimit.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.server.WebFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The local stack's issuer: staff from configuration, RS256 tokens, and a decoder that accepts
 * only tokens signed by this key, from this issuer, for this audience, with an expiry and not expired.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(BuiltInIssuerConfiguration.ENABLED)
class BuiltInIssuerConfiguration {

    static final String ENABLED = "'${spinecare.gateway.auth.mode:built-in}' != 'external'";

    static final String TOKEN_POLICY = "token";

    @Bean
    SigningKey signingKey(AuthProperties properties) {
        return SigningKey.from(properties);
    }

    @Bean
    StaffDirectory staffDirectory(AuthProperties properties) {
        return new StaffDirectory(properties);
    }

    @Bean
    ClientDirectory clientDirectory(AuthProperties properties) {
        return new ClientDirectory(properties);
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKey key, AuthProperties properties) {
        return new TokenIssuer(key, properties, Clock.systemUTC());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SigningKey key, AuthProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(properties.issuer(), properties.audience(), properties.clockSkew()));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration clockSkew) {
        OAuth2TokenValidator<Jwt> expiryRequired = jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "exp is required", null));
        // a token the same issuer made for another system must not open SpineCare
        OAuth2TokenValidator<Jwt> audienceRequired =
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", "aud must name " + audience, null));
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(issuer),
                expiryRequired,
                audienceRequired));
    }

    /** The token endpoints have their own, stricter limit: they are where passwords and secrets get guessed. */
    @Bean
    WebFilter tokenEndpointRateLimit(RateLimits rateLimits) {
        PathPattern tokenPath = PathPatternParser.defaultInstance.parse("/api/auth/token");
        PathPattern clientTokenPath = PathPatternParser.defaultInstance.parse(ClientTokenController.PATH);
        return new OrderedWebFilter(Ordered.HIGHEST_PRECEDENCE + 10, (exchange, chain) -> {
            var path = exchange.getRequest().getPath().pathWithinApplication();
            boolean tokenRequest = exchange.getRequest().getMethod() == HttpMethod.POST
                    && (tokenPath.matches(path) || clientTokenPath.matches(path));
            return tokenRequest
                    ? rateLimits.guard(TOKEN_POLICY, exchange, chain.filter(exchange))
                    : chain.filter(exchange);
        });
    }
}
