package io.spinecare.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cross-checks what the loader read: unique ids, well-formed codes, references that resolve,
 * condition↔procedure links declared on both sides (ADR 0101), and a policy entry per condition.
 */
final class CatalogueValidator {

    /** ICD-10-CM: letter, digit, digit-or-letter, then optionally a dot and 1–4 characters (M51.26, M48.54XA). */
    private static final Pattern ICD10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    /** SNOMED CT identifiers are 6 to 18 digits. */
    private static final Pattern SNOMED_CT = Pattern.compile("[0-9]{6,18}");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Problems problems;

    CatalogueValidator(Problems problems) {
        this.problems = problems;
    }

    void validate(CatalogueData data) {
        uniqueIds(data.conditionsFile(), "condition", data.conditions(), Condition::id);
        uniqueIds(data.proceduresFile(), "procedure", data.procedures(), Procedure::id);
        uniqueIds(data.redFlagsFile(), "red flag", data.redFlags(), RedFlag::id);
        Map<String, Condition> conditions = index(data.conditions(), Condition::id);
        Map<String, Procedure> procedures = index(data.procedures(), Procedure::id);
        Set<String> redFlags = index(data.redFlags(), RedFlag::id).keySet();
        // entries without an id were already reported by the loader; checking them again only adds noise
        data.conditions().stream()
                .filter(c -> !c.id().isEmpty())
                .forEach(c -> checkCondition(data, c, procedures, redFlags));
        data.procedures().stream().filter(p -> !p.id().isEmpty()).forEach(p -> checkProcedure(data, p, conditions));
        checkPolicy(data, conditions.keySet());
        checkTriage(data, redFlags);
    }

    /** Every tier described once; every flag raises EMERGENCY or URGENT; universal flags exist. */
    private void checkTriage(CatalogueData data, Set<String> redFlags) {
        String file = data.redFlagsFile();
        java.util.EnumSet<TriageTier> described = java.util.EnumSet.noneOf(TriageTier.class);
        for (TriageAdvice advice : data.triageTiers()) {
            if (advice.tier() != null && !described.add(advice.tier())) {
                problems.add(
                        file, "triage tier '" + advice.tier() + "'", "tier", "duplicate id: listed more than once");
            }
        }
        for (TriageTier missing : java.util.EnumSet.complementOf(described)) {
            problems.add(file, "triage tier '" + missing + "'", "tier", "missing: every tier needs its advice");
        }
        data.redFlags().stream()
                .filter(f -> f.tier() == TriageTier.ROUTINE)
                .forEach(f -> problems.add(
                        file, "red flag '" + f.id() + "'", "tier", "a red flag must raise EMERGENCY or URGENT"));
        Set<String> seen = new HashSet<>();
        for (String id : data.universalRedFlagIds()) {
            if (!redFlags.contains(id)) {
                problems.add(file, "universalRedFlagIds", "universalRedFlagIds", "unknown red flag '" + id + "'");
            }
            if (!seen.add(id)) {
                problems.add(file, "universalRedFlagIds", "universalRedFlagIds", "'" + id + "' is listed twice");
            }
        }
        for (Condition c : data.conditions()) {
            c.redFlagIds().stream()
                    .filter(seen::contains)
                    .forEach(id -> problems.add(
                            data.conditionsFile(),
                            "condition '" + c.id() + "'",
                            "redFlagIds",
                            "'" + id + "' is already asked of every condition (universalRedFlagIds in " + file
                                    + "); list only the condition's own"));
        }
    }

    private void checkCondition(
            CatalogueData data, Condition c, Map<String, Procedure> procedures, Set<String> redFlags) {
        String file = data.conditionsFile();
        String entry = "condition '" + c.id() + "'";
        c.icd10Codes().stream()
                .filter(code -> !ICD10_CM.matcher(code).matches())
                .forEach(code -> problems.add(
                        file, entry, "icd10Codes", "malformed ICD-10-CM code '" + code + "' (expected e.g. M51.26)"));
        c.snomedCodes().stream()
                .filter(code -> !SNOMED_CT.matcher(code).matches())
                .forEach(code -> problems.add(
                        file, entry, "snomedCodes", "malformed SNOMED CT code '" + code + "' (6 to 18 digits)"));
        for (String flag : c.redFlagIds()) {
            if (!redFlags.contains(flag)) {
                problems.add(
                        file,
                        entry,
                        "redFlagIds",
                        "unknown red flag '" + flag + "' (not in " + data.redFlagsFile() + ")");
            }
        }
        for (String id : c.procedureIds()) {
            Procedure p = procedures.get(id);
            if (p == null) {
                problems.add(
                        file,
                        entry,
                        "procedureIds",
                        "unknown procedure '" + id + "' (not in " + data.proceduresFile() + ")");
            } else if (!p.conditionIds().contains(c.id())) {
                problems.add(
                        file,
                        entry,
                        "procedureIds",
                        "lists procedure '" + id + "' but " + data.proceduresFile() + " procedure '" + id
                                + "' does not list '" + c.id() + "' in 'conditionIds'");
            }
        }
    }

    private void checkProcedure(CatalogueData data, Procedure p, Map<String, Condition> conditions) {
        String file = data.proceduresFile();
        String entry = "procedure '" + p.id() + "'";
        if (p.conditionIds().isEmpty()) {
            problems.add(file, entry, "conditionIds", "must name at least one condition it treats");
        }
        for (String id : p.conditionIds()) {
            Condition c = conditions.get(id);
            if (c == null) {
                problems.add(
                        file,
                        entry,
                        "conditionIds",
                        "unknown condition '" + id + "' (not in " + data.conditionsFile() + ")");
            } else if (!c.procedureIds().contains(p.id())) {
                problems.add(
                        file,
                        entry,
                        "conditionIds",
                        "lists condition '" + id + "' but " + data.conditionsFile() + " condition '" + id
                                + "' does not list '" + p.id() + "' in 'procedureIds'");
            }
        }
    }

    private void checkPolicy(CatalogueData data, Set<String> conditionIds) {
        ImagingPolicy policy = data.policy();
        Set<String> covered = new HashSet<>();
        for (ImagingPolicy.PolicyEntry entry : policy.entries()) {
            String name = "condition '" + entry.conditionId() + "'";
            if (!conditionIds.contains(entry.conditionId())) {
                problems.add(
                        policy.file(), name, "condition", "unknown condition (not in " + data.conditionsFile() + ")");
            }
            if (!covered.add(entry.conditionId())) {
                problems.add(policy.file(), name, "condition", "duplicate id: listed more than once");
            }
        }
        conditionIds.stream()
                .filter(id -> !covered.contains(id))
                .sorted()
                .forEach(
                        id -> problems.add(
                                policy.file(),
                                "condition '" + id + "'",
                                "condition",
                                "missing: every condition needs an entry (an empty 'requirements' list when no imaging is needed)"));
    }

    private <T> void uniqueIds(String file, String kind, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            if (value.isEmpty()) {
                continue; // already reported as missing by the loader
            }
            if (!SLUG.matcher(value).matches()) {
                problems.add(
                        file, kind + " '" + value + "'", "id", "must be a lower-case slug such as 'herniated-disc'");
            }
            if (!seen.add(value)) {
                problems.add(file, kind + " '" + value + "'", "id", "duplicate id: listed more than once");
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
