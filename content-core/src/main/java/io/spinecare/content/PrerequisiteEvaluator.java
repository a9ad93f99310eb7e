package io.spinecare.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks imaging requirements against the scans a patient has. Order of preference: the asked-for
 * modality recent enough (MET), an accepted alternative recent enough (ALTERNATIVE_ACCEPTED), a
 * matching but stale scan (TOO_OLD), nothing (MISSING). A scan dated after the appointment cannot
 * exist yet and is ignored. Contrast is not part of {@link Scan}; staff confirm it when verifying.
 */
final class PrerequisiteEvaluator {

    private final int reviewLeadDays;

    PrerequisiteEvaluator(int reviewLeadDays) {
        this.reviewLeadDays = reviewLeadDays;
    }

    ImagingAssessment evaluate(List<ImagingRequirement> requirements, List<Scan> scans, LocalDate appointmentDate) {
        List<Scan> usable = scans.stream()
                .filter(s -> s.modality() != null && s.region() != null && s.performedOn() != null)
                .filter(s -> !s.performedOn().isAfter(appointmentDate))
                .toList();
        return new ImagingAssessment(requirements.stream()
                .map(r -> assess(r, usable, appointmentDate))
                .toList());
    }

    private PrerequisiteResult assess(ImagingRequirement req, List<Scan> scans, LocalDate date) {
        Predicate<Scan> covers = s -> s.region().covers(req.region());
        Predicate<Scan> primary = covers.and(s -> s.modality() == req.modality());
        Predicate<Scan> alternative = covers.and(s -> req.alternatives().contains(s.modality()));
        Predicate<Scan> fresh = s -> ChronoUnit.DAYS.between(s.performedOn(), date) <= req.maxAgeDays();
        LocalDate reviewBy = date.minusDays(reviewLeadDays);

        Optional<Scan> met = newest(scans, primary.and(fresh));
        if (met.isPresent()) {
            return new PrerequisiteResult(req, PrerequisiteStatus.MET, date, met.get());
        }
        Optional<Scan> alt = newest(scans, alternative.and(fresh));
        if (alt.isPresent()) {
            return new PrerequisiteResult(req, PrerequisiteStatus.ALTERNATIVE_ACCEPTED, date, alt.get());
        }
        Optional<Scan> stale = newest(scans, primary).or(() -> newest(scans, alternative));
        if (stale.isPresent()) {
            return new PrerequisiteResult(req, PrerequisiteStatus.TOO_OLD, reviewBy, stale.get());
        }
        return new PrerequisiteResult(req, PrerequisiteStatus.MISSING, reviewBy, null);
    }

    private static Optional<Scan> newest(List<Scan> scans, Predicate<Scan> filter) {
        return scans.stream().filter(filter).max(Comparator.comparing(Scan::performedOn));
    }
}
