package io.spinecare.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads imaging-policy.yaml (or a clinic's replacement); cross-references are checked later. */
final class ImagingPolicyReader {

    private static final Set<String> TOP_FIELDS =
            Set.of("policy", "description", "reviewLeadDays", "imagingRequiredFor", "conditions");
    private static final Set<String> ENTRY_FIELDS = Set.of("condition", "requirements");
    private static final Set<String> RULE_FIELDS = Set.of(
            "consultationTypes", "modality", "region", "maxAgeDays", "contrast", "necessity", "alternatives", "note");

    private final Problems problems;

    ImagingPolicyReader(Problems problems) {
        this.problems = problems;
    }

    ImagingPolicy read(SourceFile file) {
        JsonNode root = YamlFiles.parse(file);
        EntryReader top = new EntryReader(file.name(), "policy", root, problems);
        top.rejectUnknownFields(TOP_FIELDS);
        top.text("policy");
        int leadDays = top.nonNegativeInt("reviewLeadDays");
        Set<ConsultationType> required = EnumSet.noneOf(ConsultationType.class);
        required.addAll(top.enumValues("imagingRequiredFor", ConsultationType.class, true));
        List<ImagingPolicy.PolicyEntry> entries = new ArrayList<>();
        for (EntryReader e : YamlFiles.entries(file, root, "conditions", "condition", "condition", problems)) {
            e.rejectUnknownFields(ENTRY_FIELDS);
            entries.add(new ImagingPolicy.PolicyEntry(e.text("condition"), rules(e, required)));
        }
        return new ImagingPolicy(file.name(), leadDays, required, entries);
    }

    private List<ImagingPolicy.PolicyRule> rules(EntryReader entry, Set<ConsultationType> required) {
        JsonNode list = entry.raw("requirements");
        if (list == null || !list.isArray()) {
            entry.problem("requirements", "must be a list (empty when the condition needs no imaging)");
            return List.of();
        }
        List<ImagingPolicy.PolicyRule> rules = new ArrayList<>();
        int position = 1;
        for (JsonNode item : list.values()) {
            rules.add(rule(new EntryReader(entry, item, "requirement " + position), required));
            position++;
        }
        return rules;
    }

    private static ImagingPolicy.PolicyRule rule(EntryReader r, Set<ConsultationType> required) {
        r.rejectUnknownFields(RULE_FIELDS);
        List<ConsultationType> types = r.enumValues("consultationTypes", ConsultationType.class, true);
        for (ConsultationType type : types) {
            if (!required.contains(type)) {
                r.problem("consultationTypes", type + " is not listed in 'imagingRequiredFor'");
            }
        }
        if (types.isEmpty()) {
            r.problem("consultationTypes", "must name at least one consultation type");
        }
        ImagingRequirement requirement = new ImagingRequirement(
                r.enumValue("modality", Modality.class),
                r.enumValue("region", BodyRegion.class),
                r.positiveInt("maxAgeDays"),
                r.bool("contrast", false),
                r.enumValue("necessity", Necessity.class),
                r.enumValues("alternatives", Modality.class, false),
                r.optionalText("note"));
        return new ImagingPolicy.PolicyRule(types, requirement);
    }
}
