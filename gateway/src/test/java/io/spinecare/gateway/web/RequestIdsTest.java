package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void madeIdsAreVersion4UuidsAndDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.acceptOrCreate(null);
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void aPlainCallerIdIsKeptAndAnythingElseReplaced() {
        assertThat(RequestIds.acceptOrCreate("desk-page-42")).isEqualTo("desk-page-42");
        assertThat(RequestIds.acceptOrCreate("bad id\r\nX-Evil: 1")).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("")).hasSize(36);
    }
}
