package io.spinecare.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.springframework.core.io.Resource;

/** The RS256 key of the built-in issuer, as a JWK whose id is its RFC 7638 thumbprint. */
record SigningKey(RSAKey jwk) {

    static SigningKey from(AuthProperties properties) {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return fromPem(properties.signingKey());
        }
        Resource location = properties.signingKeyLocation();
        if (location != null) {
            try {
                return fromPem(location.getContentAsString(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read spinecare.gateway.auth.signing-key-location", e);
            }
        }
        if (properties.generateSigningKey()) {
            return generate();
        }
        throw new IllegalStateException(
                "No JWT signing key: set JWT_SIGNING_KEY (PKCS#8 PEM) or JWT_SIGNING_KEY_LOCATION"
                        + " to the key every gateway replica shares (docs/adr/0404); only the local profile makes one at start");
    }

    static SigningKey fromPem(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (RSAPublicKey)
                    rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return of(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(
                    "spinecare.gateway.auth.signing-key must be an RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY)",
                    e);
        }
    }

    static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return of((RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static SigningKey of(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
        try {
            RSAKey withoutId =
                    new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new SigningKey(new RSAKey.Builder(withoutId)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key id", e);
        }
    }

    RSAPublicKey publicKey() {
        try {
            return jwk.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
