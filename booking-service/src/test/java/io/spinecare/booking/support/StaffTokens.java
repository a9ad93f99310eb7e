package io.spinecare.booking.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs staff tokens the way the gateway does (docs/adr/0401-staff-authentication.md), with a key that
 * exists only for tests.
 */
public final class StaffTokens {

    public static final String ISSUER = "spinecare-local";
    public static final String AUDIENCE = "spinecare";

    private StaffTokens() {}

    public static String frontDesk() {
        return token("desk-anita", List.of("front-desk"));
    }

    public static String token(String username, List<String> roles) {
        return sign(staff(username, roles).build());
    }

    /** A front-desk token, correctly signed, but made for another system. */
    public static String frontDeskForAudience(String audience) {
        return sign(
                staff("desk-anita", List.of("front-desk")).audience(audience).build());
    }

    /** A front-desk token, correctly signed, that never expires. */
    public static String frontDeskWithoutExpiry() {
        return sign(
                staff("desk-anita", List.of("front-desk")).expirationTime(null).build());
    }

    private static JWTClaimsSet.Builder staff(String username, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username)
                .claim("roles", roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(privateKey()));
            return jwt.serialize();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A client-credentials token of another clinic system, as the gateway issues it (docs/fhir.md):
     * {@code client_id} and SMART Backend Services scopes, no roles.
     */
    public static String system(String clientId, String scope) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject(clientId)
                    .claim("client_id", clientId)
                    .claim("scope", scope)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(900)))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(privateKey()));
            return jwt.serialize();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAPublicKey publicKey() throws IOException {
        try {
            byte[] der = pem("staff-jwt/test-public.pem");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPrivateKey privateKey() throws IOException {
        try {
            byte[] der = pem("staff-jwt/test-private.pem");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String resource) throws IOException {
        try (InputStream in = StaffTokens.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(base64);
        }
    }
}
