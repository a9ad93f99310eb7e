package io.spinecare.booking.patient;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.managetoken.ManageTokenProperties;
import io.spinecare.managetoken.ManageTokenProperties.Key;
import io.spinecare.managetoken.ManageTokenSigner;
import org.junit.jupiter.api.Test;

class ManageTokensTest {

    private static final Key FIRST = new Key("k1", "first-secret-of-thirty-two-bytes-or-more-0001");

    private final ManageTokens beforeRotation =
            new ManageTokens(new ManageTokenSigner(new ManageTokenProperties(FIRST, null)));

    @Test
    void theStoredHashIsNotTheToken() {
        String token = beforeRotation.derive("apt-1", 1);

        assertThat(ManageTokens.hash(token)).hasSize(64).doesNotContain(token.substring(3));
    }
}
