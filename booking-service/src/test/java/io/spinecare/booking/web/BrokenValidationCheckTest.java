package io.spinecare.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A validation check that throws on its input is the input's fault: 400, not 500. The date policy keeps today's
 * checks from throwing, so this pins the safety net for the next check directly.
 */
class BrokenValidationCheckTest {

    @Test
    void aCheckThatThrowsIsAValidationProblem() {
        ResponseEntity<Object> answer = new ApiExceptionHandler()
                .handleBrokenCheck(new ValidationException("HV000028: Unexpected exception during isValid call"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).isInstanceOfSatisfying(ProblemDetail.class, problem -> {
            assertThat(problem.getType()).hasToString("https://spinecare.io/problems/validation-failed");
            assertThat(problem.getDetail()).doesNotContain("HV000028");
        });
    }
}
