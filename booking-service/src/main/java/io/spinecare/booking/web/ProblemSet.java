package io.spinecare.booking.web;

import java.util.List;

/** Problems that several operations answer alike, named once for their {@link ProblemResponses}. */
public enum ProblemSet {
    /** Giving a visit of a proposed follow-up series another slot: the desk's way and the patient's. */
    SERIES_VISIT_SLOT(
            ApiProblem.VALIDATION_FAILED,
            ApiProblem.SERIES_NOT_FOUND,
            ApiProblem.UNKNOWN_REFERENCE,
            ApiProblem.OUTSIDE_FOLLOW_UP_WINDOW,
            ApiProblem.SLOT_DOES_NOT_FIT,
            ApiProblem.SLOT_NOT_BOOKABLE,
            ApiProblem.SLOT_TAKEN,
            ApiProblem.SLOT_CONTENDED,
            ApiProblem.SERIES_NOT_PROPOSED,
            ApiProblem.SERIES_CHANGING);

    private final List<ApiProblem> problems;

    ProblemSet(ApiProblem... problems) {
        this.problems = List.of(problems);
    }

    List<ApiProblem> problems() {
        return problems;
    }
}
