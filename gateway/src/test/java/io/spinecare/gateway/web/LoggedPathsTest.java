package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedPathsTest {

    @Test
    void appointmentReferencesAreMaskedInLogs() {
        assertThat(LoggedPaths.mask("/api/appointments/SPC-7K2Q/cancel")).isEqualTo("/api/appointments/***/cancel");
        assertThat(LoggedPaths.mask("/api/appointments/SPC-7K2Q")).isEqualTo("/api/appointments/***");
    }

    @Test
    void otherPathsAreLoggedAsTheyAreButNeverEndlessly() {
        assertThat(LoggedPaths.mask("/api/slots/s-1/hold")).isEqualTo("/api/slots/s-1/hold");
        assertThat(LoggedPaths.mask("/api/appointments")).isEqualTo("/api/appointments");
        assertThat(LoggedPaths.mask("/" + "a".repeat(500))).hasSize(203);
    }
}
