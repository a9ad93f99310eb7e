package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceContextFilterTest {

    @Test
    void acceptsWellFormedTraceparents() {
        assertThat(TraceContextFilter.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isTrue();
    }

    @Test
    void rejectsWhatTheW3cSpecForbids() {
        assertThat(TraceContextFilter.isValid(null)).isFalse();
        assertThat(TraceContextFilter.isValid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
                .as("upper case")
                .isFalse();
        assertThat(TraceContextFilter.isValid("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .as("zero trace id")
                .isFalse();
        assertThat(TraceContextFilter.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"))
                .as("zero parent id")
                .isFalse();
        assertThat(TraceContextFilter.isValid("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .as("version ff")
                .isFalse();
        assertThat(TraceContextFilter.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7"))
                .isFalse();
    }
}
