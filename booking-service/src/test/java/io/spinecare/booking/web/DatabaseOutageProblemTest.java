package io.spinecare.booking.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.spinecare.serviceweb.ProblemAnswers;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the driver and Spring Data throw when MongoDB is unreachable becomes 503 with Retry-After, not 500. */
class DatabaseOutageProblemTest {

    static Stream<Arguments> outages() {
        return Stream.of(
                Arguments.of("translated by Spring Data", (Supplier<RuntimeException>) () ->
                        new DataAccessResourceFailureException("timed out", new MongoTimeoutException("no server"))),
                Arguments.of("server selection timed out", (Supplier<RuntimeException>)
                        () -> new MongoTimeoutException("no server")),
                Arguments.of("socket refused", (Supplier<RuntimeException>)
                        () -> new MongoSocketOpenException("refused", new ServerAddress("db", 27017))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outages")
    void answers503ProblemWithRetryAfter(String kind, Supplier<RuntimeException> outage) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController(outage))
                .setControllerAdvice(new ApiExceptionHandler())
                .build();

        mvc.perform(get("/failing"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", ProblemAnswers.DATABASE_RETRY_AFTER_SECONDS))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://spinecare.io/problems/service-unavailable"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("27017"))));
    }

    @RestController
    static class FailingController {

        private final Supplier<RuntimeException> outage;

        FailingController(Supplier<RuntimeException> outage) {
            this.outage = outage;
        }

        @GetMapping("/failing")
        String failing() {
            throw outage.get();
        }
    }
}
