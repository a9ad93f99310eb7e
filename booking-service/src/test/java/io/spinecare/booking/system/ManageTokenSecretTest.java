package io.spinecare.booking.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.BookingServiceApplication;
import io.spinecare.testsupport.ManageTokenSecretChecks;
import org.junit.jupiter.api.Test;

/** booking-service has no usable default secret, and checks the previous key of a rotation like the current one. */
class ManageTokenSecretTest extends ManageTokenSecretChecks {

    ManageTokenSecretTest() {
        super(BookingServiceApplication.class, "--spinecare.booking.events.relay.enabled=false");
    }

    @Test
    void aPreviousKeyIsCheckedLikeTheCurrentOneAndNeedsAnIdOfItsOwn() {
        committedConfiguration
                .withPropertyValues(
                        "MANAGE_TOKEN_SECRET=" + RANDOM_SECRET,
                        "MANAGE_TOKEN_PREVIOUS_KEY_ID=k0",
                        "MANAGE_TOKEN_PREVIOUS_SECRET=short")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("MANAGE_TOKEN_PREVIOUS_SECRET is too short"));
        committedConfiguration
                .withPropertyValues(
                        "MANAGE_TOKEN_SECRET=" + RANDOM_SECRET,
                        "MANAGE_TOKEN_PREVIOUS_KEY_ID=k1",
                        "MANAGE_TOKEN_PREVIOUS_SECRET=9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm1234567")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("MANAGE_TOKEN_PREVIOUS_KEY_ID must differ"));
    }
}
