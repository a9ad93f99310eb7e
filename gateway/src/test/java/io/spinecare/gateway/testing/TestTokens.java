package io.spinecare.gateway.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Staff tokens made by the tests: good ones and every kind of bad one. */
public final class TestTokens {

    public static final String ISSUER = "spinecare-test";
    public static final String AUDIENCE = "spinecare";

    private final RSAKey key;

    private TestTokens(RSAKey key) {
        this.key = key;
    }

    /** Signs with the gateway's configured test key (src/test/resources/keys). */
    public static TestTokens withGatewayKey() {
        try (InputStream pem = TestTokens.class.getResourceAsStream("/keys/test-signing-key.pem")) {
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (RSAPublicKey)
                    rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new TestTokens(new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyIDFromThumbprint()
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs with a key nobody trusts (same kind, same key id scheme). */
    public static TestTokens withForeignKey() {
        try {
            return new TestTokens(
                    new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAKey key() {
        return key;
    }

    public String valid(String subject, List<String> roles) {
        return sign(claims(subject, roles, Instant.now(), Duration.ofMinutes(15), ISSUER));
    }

    public String validFrom(String issuer, String subject, List<String> roles) {
        return sign(claims(subject, roles, Instant.now(), Duration.ofMinutes(15), issuer));
    }

    public String expired(String subject, List<String> roles) {
        return sign(claims(subject, roles, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(15), ISSUER));
    }

    /** Signed and valid in every other way, but made for another system. */
    public String forAudience(String audience, String subject, List<String> roles) {
        return sign(new JWTClaimsSet.Builder(claims(subject, roles, Instant.now(), Duration.ofMinutes(15), ISSUER))
                .audience(audience)
                .build());
    }

    /** Signed and valid in every other way, but never expiring. */
    public String withoutExpiry(String subject, List<String> roles) {
        return sign(new JWTClaimsSet.Builder(claims(subject, roles, Instant.now(), Duration.ofMinutes(15), ISSUER))
                .expirationTime(null)
                .build());
    }

    /** A genuine token whose payload was then edited to claim the role. */
    public String tampered(String subject) {
        String[] parts = valid(subject, List.of("analytics")).split("\\.");
        JWTClaimsSet forged = claims(subject, List.of("front-desk"), Instant.now(), Duration.ofMinutes(15), ISSUER);
        String payload = Base64URL.encode(forged.toString()).toString();
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** Unsigned: header {"alg":"none"} and an empty signature. */
    public static String unsigned(String subject, List<String> roles) {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String payload = Base64URL.encode(claims(subject, roles, Instant.now(), Duration.ofMinutes(15), ISSUER)
                        .toString())
                .toString();
        return header + "." + payload + ".";
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(
            String subject, List<String> roles, Instant issuedAt, Duration ttl, String issuer) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("roles", roles)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }
}
