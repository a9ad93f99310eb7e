package io.spinecare.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every problem type URI (https://spinecare.io/problems/slug) resolves on the gateway to the type's explanation. */
// no profile here: a key made at start, as in the local profile (a missing key stops every other start)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spinecare.gateway.auth.generate-signing-key=true")
@AutoConfigureWebTestClient
class ProblemPagesTest {

    @Autowired
    WebTestClient client;

    @Test
    void aProblemTypeLeadsToItsSectionOfTheCatalogue() {
        client.get()
                .uri("/problems/slot-taken")
                .exchange()
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .valueEquals("Location", "/problems#slot-taken");

        String page = client.get()
                .uri("/problems")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page)
                .contains("<h2 id=\"slot-taken\">slot-taken</h2>")
                .contains("<h2 id=\"rate-limited\">rate-limited</h2>")
                .contains("<a href=\"#slot-taken\">slot-taken</a>")
                .doesNotContain("<script");
    }

    @Test
    void anUnknownProblemTypeIsAProblemToo() {
        client.get()
                .uri("/problems/no-such-type")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/not-found");
    }
}
