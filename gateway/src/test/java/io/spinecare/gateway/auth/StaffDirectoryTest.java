package io.spinecare.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffDirectoryTest {

    private static final String DESK_SECRET_HASH = "$2a$04$cvZ.oXrynC0mXlno4vvwH.dBFKCwCckhS2ZjdWRB294GABRPobpVW";

    @Test
    void theRightPasswordFindsTheUserAndAWrongOneDoesNot() {
        StaffDirectory staff = directory(new AuthProperties.StaffUser("desk", DESK_SECRET_HASH, List.of("front-desk")));

        assertThat(staff.authenticate("desk", "desk-secret").block())
                .hasValueSatisfying(user -> assertThat(user.roles()).containsExactly("front-desk"));
        assertThat(staff.authenticate("desk", "Desk-secret").block()).isEmpty();
        assertThat(staff.authenticate("nobody", "desk-secret").block()).isEmpty();
    }

    @Test
    void aPlainTextPasswordInConfigurationStopsTheStart() {
        assertThatThrownBy(() -> directory(new AuthProperties.StaffUser("desk", "desk-secret", List.of("front-desk"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bcrypt");
    }

    private static StaffDirectory directory(AuthProperties.StaffUser user) {
        return new StaffDirectory(
                new AuthProperties(null, null, null, null, null, null, false, List.of(user), null, null, null));
    }
}
