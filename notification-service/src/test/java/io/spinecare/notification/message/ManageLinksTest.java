package io.spinecare.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.managetoken.ManageTokenProperties;
import io.spinecare.managetoken.ManageTokenSigner;
import io.spinecare.notification.support.TestProperties;
import org.junit.jupiter.api.Test;

class ManageLinksTest {

    private final ManageLinks links = new ManageLinks(
            new ManageTokenSigner(new ManageTokenProperties(
                    new ManageTokenProperties.Key("k7", "known-answer-secret-of-at-least-32-bytes-0123"), null)),
            TestProperties.notification());

    /** The known answer of ManageTokenSignerTest, which booking-service checks tokens with (ADR 0207). */
    @Test
    void theLinkCarriesTheTokenBookingServiceWouldIssueInTheFragment() {
        assertThat(links.linkFor("apt-42", "SC-7K3M9Q", 3))
                .isEqualTo(
                        "https://book.spinecare.test/manage/SC-7K3M9Q#token=k7.40rpO-u6tILl7CHKAKkpDERXb3C9BYOL82k7Wt2vwnQ");
    }

    @Test
    void thePageForSharedPlacesNamesTheAppointmentButCarriesNoToken() {
        assertThat(links.pageFor("SC-7K3M9Q")).isEqualTo("https://book.spinecare.test/manage/SC-7K3M9Q");
    }

    @Test
    void aNewGenerationGivesANewToken() {
        assertThat(links.linkFor("apt-42", "SC-7K3M9Q", 4)).isNotEqualTo(links.linkFor("apt-42", "SC-7K3M9Q", 3));
    }
}
