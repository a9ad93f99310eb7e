package io.spinecare.content;

import java.time.LocalDate;

/** A scan the patient already has. */
public record Scan(Modality modality, BodyRegion region, LocalDate performedOn) {}
