package io.spinecare.booking.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an operation can answer with, beyond those every operation of its kind shares (see
 * {@link OpenApiConfiguration}). The OpenAPI document turns them into {@code application/problem+json} responses
 * grouped by status, with one example per problem type.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponses {
    ApiProblem[] value() default {};

    /** Sets of problems this operation answers like others do, on top of {@link #value()}. */
    ProblemSet[] sets() default {};
}
