package io.spinecare.booking.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.StaffTokens;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Defence in depth: the service itself refuses a staff token not meant for SpineCare or that never expires. */
class StaffTokenRulesTest extends IntegrationTest {

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("another audience", StaffTokens.frontDeskForAudience("billing-system")),
                Arguments.of("no exp", StaffTokens.frontDeskWithoutExpiry()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void isRefusedWith401Problem(String kind, String token) {
        Api.Reply reply = api.withBearer(token).get("/api/desk/reviews");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/unauthorized");
    }

    @Test
    void theSameDeskCallWithAProperTokenGoesThrough() {
        assertThat(desk.get("/api/desk/reviews").status()).isEqualTo(200);
    }

    @Test
    void aBrowserWithoutATokenGetsProblemJsonToo() {
        Api.Reply reply = api.get("/api/desk/reviews", "Accept", "text/html,application/xhtml+xml");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
