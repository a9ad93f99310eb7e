package io.spinecare.booking.appointment;

import io.spinecare.booking.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A booking refused because the answers call for emergency care now: nothing is booked and no
 * slot is claimed. The answer carries the emergency advice for the page to show (ADR 0210).
 */
public class EmergencyCareAdvised extends ProblemException {

    private final transient UrgentCare urgentCare;

    EmergencyCareAdvised(UrgentCare urgentCare) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "emergency-care-advised",
                "Please seek emergency care now",
                urgentCare.advice(),
                List.of());
        this.urgentCare = urgentCare;
    }

    @Override
    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = super.toProblemDetail();
        problem.setProperty("urgentCare", urgentCare);
        return problem;
    }
}
