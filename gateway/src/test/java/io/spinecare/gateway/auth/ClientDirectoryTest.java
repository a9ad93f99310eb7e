package io.spinecare.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientDirectoryTest {

    private static final String EHR_SECRET_HASH = "$2a$10$dJ.wyRv1yWceaH99LuJ7Ae/9nS9d5PmPP8ohV3X5lZVaA1/Nz3pLK";

    @Test
    void aClientIsKnownOnlyWithItsSecret() {
        ClientDirectory clients =
                directory(new AuthProperties.SystemClient("ehr", EHR_SECRET_HASH, List.of("system/Slot.read")));

        assertThat(clients.authenticate("ehr", "ehr-secret").block()).isPresent();
        assertThat(clients.authenticate("ehr", "guess").block()).isEmpty();
        assertThat(clients.authenticate("other", "ehr-secret").block()).isEmpty();
    }

    @Test
    void aClientWithAPlainSecretOrAnOddScopeStopsTheStart() {
        assertThatThrownBy(() -> directory(new AuthProperties.SystemClient("ehr", "ehr-secret", List.of())))
                .hasMessageContaining("bcrypt");
        assertThatThrownBy(() -> directory(new AuthProperties.SystemClient("ehr", EHR_SECRET_HASH, List.of("admin"))))
                .hasMessageContaining("system/Slot.read");
    }

    private static ClientDirectory directory(AuthProperties.SystemClient client) {
        return new ClientDirectory(
                new AuthProperties(null, null, null, null, null, null, false, null, null, null, List.of(client)));
    }
}
