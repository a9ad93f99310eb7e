package io.spinecare.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads a procedure's {@code followUps} list; the schedule's own rules (order, no overlap) are its constructor's. */
final class FollowUpReader {

    private static final Set<String> VISIT_FIELDS =
            Set.of("id", "name", "target", "toleranceBefore", "toleranceAfter", "imaging");
    private static final Set<String> IMAGING_FIELDS = Set.of("modality", "takenWithin");

    private final Problems problems;

    FollowUpReader(Problems problems) {
        this.problems = problems;
    }

    /** The schedule, or null with the problem recorded (the catalogue is then refused as a whole). */
    FollowUpSchedule read(EntryReader procedure) {
        JsonNode list = procedure.raw("followUps");
        if (list == null || !list.isArray() || list.isEmpty()) {
            procedure.problem("followUps", "required: a list of the follow-up visits after this procedure");
            return null;
        }
        int before = problems.count();
        List<FollowUpVisit> visits = new ArrayList<>();
        int position = 1;
        for (JsonNode item : list.values()) {
            String label = "follow-up " + position;
            visits.add(visit(procedure.item("followUps", item, label), label));
            position++;
        }
        if (problems.count() > before) {
            return null; // each field already reported; the schedule's rules would only repeat them
        }
        try {
            return new FollowUpSchedule(visits);
        } catch (IllegalArgumentException e) {
            procedure.problem("followUps", e.getMessage());
            return null;
        }
    }

    private FollowUpVisit visit(EntryReader v, String label) {
        int before = problems.count();
        v.rejectUnknownFields(VISIT_FIELDS);
        String id = v.text("id");
        String name = v.text("name");
        int beforeTarget = problems.count();
        var target = v.period("target");
        if (target.isZero() && problems.count() == beforeTarget) {
            v.problem("target", "must be after the surgery");
        }
        var toleranceBefore = v.period("toleranceBefore");
        var toleranceAfter = v.period("toleranceAfter");
        List<FollowUpImaging> imaging = imaging(v, label);
        return problems.count() > before
                ? null
                : new FollowUpVisit(id, name, target, toleranceBefore, toleranceAfter, imaging);
    }

    private List<FollowUpImaging> imaging(EntryReader visit, String label) {
        JsonNode list = visit.raw("imaging");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            visit.problem("imaging", "must be a list of scans (leave it out when none is needed)");
            return List.of();
        }
        List<FollowUpImaging> result = new ArrayList<>();
        int position = 1;
        for (JsonNode item : list.values()) {
            EntryReader scan = visit.item("imaging", item, label + ", scan " + position++);
            scan.rejectUnknownFields(IMAGING_FIELDS);
            Modality modality = scan.enumValue("modality", Modality.class);
            var takenWithin = scan.period("takenWithin");
            if (takenWithin.isZero()) {
                scan.problem("takenWithin", "must be positive");
            } else if (modality != null) {
                result.add(new FollowUpImaging(modality, takenWithin));
            }
        }
        return result;
    }
}
