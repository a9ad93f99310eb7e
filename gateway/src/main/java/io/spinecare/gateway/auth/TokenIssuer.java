package io.spinecare.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs short-lived RS256 staff tokens with the claims of the auth contract. */
class TokenIssuer {

    private final SigningKey key;
    private final RSASSASigner signer;
    private final String issuer;
    private final String audience;
    private final String rolesClaim;
    private final Duration ttl;
    private final Clock clock;

    TokenIssuer(SigningKey key, AuthProperties properties, Clock clock) {
        this.key = key;
        this.issuer = properties.issuer();
        this.audience = properties.audience();
        this.rolesClaim = properties.rolesClaim();
        this.ttl = properties.tokenTtl();
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key.jwk());
        } catch (JOSEException e) {
            throw new IllegalStateException("the signing key cannot sign", e);
        }
    }

    record IssuedToken(String value, Duration expiresIn) {}

    IssuedToken issue(String username, List<String> roles) {
        Instant now = clock.instant();
        return sign(new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(username)
                .claim(rolesClaim, roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    /** A client-credentials token: {@code client_id} and space-separated {@code scope}, no roles. */
    IssuedToken issueForClient(String clientId, List<String> scopes) {
        Instant now = clock.instant();
        return sign(new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    private IssuedToken sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.jwk().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), ttl);
    }
}
