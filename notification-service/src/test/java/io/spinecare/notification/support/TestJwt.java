package io.spinecare.notification.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs staff tokens as the gateway would (RS256, claim {@code roles}) with a key made for this test run;
 * the service verifies them with the public half, given as {@code public-key-location}.
 */
public final class TestJwt {

    private static final KeyPair KEYS = generate();
    private static Path publicKey;

    private TestJwt() {}

    public static String token(String... roles) {
        return sign(claims(roles).build());
    }

    /** A token of the named staff user. */
    public static String forStaff(String subject, String... roles) {
        return sign(claims(roles).subject(subject).build());
    }

    /** A front-desk token made for another system. */
    public static String forAudience(String audience) {
        return sign(claims("front-desk").audience(audience).build());
    }

    /** A front-desk token that never expires. */
    public static String withoutExpiry() {
        return sign(claims("front-desk").expirationTime(null).build());
    }

    private static JWTClaimsSet.Builder claims(String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("spinecare-local")
                .audience("spinecare")
                .subject("desk-anna")
                .claim("roles", List.of(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static synchronized String publicKeyLocation() {
        if (publicKey == null) {
            try {
                publicKey = Files.createTempFile("spinecare-test-jwt", ".pub");
                publicKey.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKey, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKey.toUri().toString();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
