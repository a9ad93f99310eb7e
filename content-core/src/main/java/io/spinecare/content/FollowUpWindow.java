package io.spinecare.content;

import java.time.LocalDate;

/** A follow-up visit placed in time for one surgery: book on {@code target}, or as near as the diary allows. */
public record FollowUpWindow(FollowUpVisit visit, LocalDate earliest, LocalDate target, LocalDate latest) {}
