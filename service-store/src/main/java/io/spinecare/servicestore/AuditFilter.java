package io.spinecare.servicestore;

import java.time.LocalDate;

/**
 * What the desk's audit view asks for, alike in both services (ADR 0230). Every filter is optional; {@code from}
 * and {@code to} are clinic days, both inclusive.
 */
public record AuditFilter(String staff, String action, String targetId, LocalDate from, LocalDate to) {}
