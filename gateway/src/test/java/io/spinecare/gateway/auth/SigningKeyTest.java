package io.spinecare.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void withoutAConfiguredKeyTheStartStopsUnlessGeneratingIsSwitchedOn() {
        AuthProperties production =
                new AuthProperties(null, null, null, null, null, null, false, null, null, null, null);

        assertThatThrownBy(() -> SigningKey.from(production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_SIGNING_KEY");
    }

    @Test
    void aConfiguredKeyIsUsedAsItIs() throws Exception {
        SigningKey generated = SigningKey.generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder()
                        .encodeToString(generated.jwk().toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        AuthProperties properties =
                new AuthProperties(null, null, null, null, pem, null, false, null, null, null, null);

        assertThat(SigningKey.from(properties).jwk().getKeyID())
                .isEqualTo(generated.jwk().getKeyID());
    }

    @Test
    void withGeneratingSwitchedOnAKeyIsMadeAtStartAndItsTokensVerifyWithItsPublicKey() throws Exception {
        AuthProperties properties =
                new AuthProperties(null, null, null, null, null, null, true, null, null, null, null);
        SigningKey key = SigningKey.from(properties);

        String token = new TokenIssuer(key, properties, Clock.systemUTC())
                .issue("desk", List.of("front-desk"))
                .value();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(key.publicKey()))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.jwk().getKeyID());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("spinecare-local");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("spinecare");
    }

    @Test
    void twoStartsWithoutAConfiguredKeyMakeDifferentKeys() {
        assertThat(SigningKey.generate().jwk().getKeyID())
                .isNotEqualTo(SigningKey.generate().jwk().getKeyID());
    }

    @Test
    void aBrokenPemStopsTheStartWithAClearMessage() {
        assertThatThrownBy(
                        () -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PKCS#8");
    }
}
