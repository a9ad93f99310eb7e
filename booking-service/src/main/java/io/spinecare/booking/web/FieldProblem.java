package io.spinecare.booking.web;

/** One rejected field of a request, as listed under {@code errors} in a problem document. */
public record FieldProblem(String field, String message) {}
