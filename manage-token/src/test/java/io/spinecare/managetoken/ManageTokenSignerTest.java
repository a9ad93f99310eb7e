package io.spinecare.managetoken;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.managetoken.ManageTokenProperties.Key;
import org.junit.jupiter.api.Test;

class ManageTokenSignerTest {

    private static final Key FIRST = new Key("k1", "first-secret-of-thirty-two-bytes-or-more-0001");
    private static final Key SECOND = new Key("k2", "second-secret-of-thirty-two-bytes-or-more-002");

    private final ManageTokenSigner beforeRotation = new ManageTokenSigner(new ManageTokenProperties(FIRST, null));
    private final ManageTokenSigner duringRotation = new ManageTokenSigner(new ManageTokenProperties(SECOND, FIRST));
    private final ManageTokenSigner afterRotation = new ManageTokenSigner(new ManageTokenProperties(SECOND, null));

    @Test
    void aTokenNamesTheKeyThatSignedItAndIsValidForItsAppointmentAndGenerationOnly() {
        String token = beforeRotation.sign("apt-1", 1);

        assertThat(token).matches("k1\\.[A-Za-z0-9_-]{43}");
        assertThat(beforeRotation.matches(token, "apt-1", 1)).isTrue();
        assertThat(beforeRotation.matches(token, "apt-2", 1)).isFalse();
        assertThat(beforeRotation.matches(token, "apt-1", 2))
                .as("a reschedule makes older tokens worthless")
                .isFalse();
        assertThat(beforeRotation.matches(token, null, 1)).isFalse();
    }

    @Test
    void newTokensUseTheCurrentKeyAndTokensOfThePreviousKeyStillWork() {
        String oldLink = beforeRotation.sign("apt-1", 1);
        String newLink = duringRotation.sign("apt-1", 1);

        assertThat(newLink).startsWith("k2.");
        assertThat(duringRotation.matches(oldLink, "apt-1", 1)).isTrue();
        assertThat(duringRotation.matches(newLink, "apt-1", 1)).isTrue();
        assertThat(afterRotation.matches(oldLink, "apt-1", 1))
                .as("once the previous key is dropped, its tokens stop working")
                .isFalse();
        assertThat(afterRotation.matches(newLink, "apt-1", 1)).isTrue();
    }

    @Test
    void aTokenClaimingAnotherKeyIdOrMalformedIsRefused() {
        String mac = beforeRotation.sign("apt-1", 1).substring(3);

        assertThat(duringRotation.matches("k2." + mac, "apt-1", 1)).isFalse();
        assertThat(duringRotation.matches("k9." + mac, "apt-1", 1)).isFalse();
        assertThat(duringRotation.matches(mac, "apt-1", 1)).isFalse();
        assertThat(duringRotation.matches("", "apt-1", 1)).isFalse();
        assertThat(duringRotation.matches(null, "apt-1", 1)).isFalse();
        assertThat(duringRotation.matches(".", "apt-1", 1)).isFalse();
    }

    /** A known answer: a token issued by an earlier release keeps working after an upgrade (ADR 0207). */
    @Test
    void theTokenFormatStaysTheOneAlreadyInPatientsLinks() {
        ManageTokenSigner tokens = new ManageTokenSigner(
                new ManageTokenProperties(new Key("k7", "known-answer-secret-of-at-least-32-bytes-0123"), null));

        assertThat(tokens.sign("apt-42", 3)).isEqualTo("k7.40rpO-u6tILl7CHKAKkpDERXb3C9BYOL82k7Wt2vwnQ");
    }
}
