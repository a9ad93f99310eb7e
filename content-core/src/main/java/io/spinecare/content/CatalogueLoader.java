package io.spinecare.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the five data files into records, checking the shape of every field on the way. */
final class CatalogueLoader {

    private static final Set<String> CONDITION_FIELDS = Set.of(
            "id",
            "name",
            "synonyms",
            "icd10Codes",
            "snomedCodes",
            "summary",
            "symptoms",
            "redFlagIds",
            "procedureIds",
            "specialty");
    private static final Set<String> PROCEDURE_FIELDS = Set.of(
            "id",
            "name",
            "otherNames",
            "summary",
            "candidacy",
            "technique",
            "incision",
            "anaesthesia",
            "hospitalStay",
            "recovery",
            "followUps",
            "benefits",
            "risks",
            "conditionIds");
    private static final Set<String> RECOVERY_FIELDS = Set.of("walking", "lightActivity", "deskWork", "fullRecovery");
    private static final Set<String> RED_FLAG_FIELDS = Set.of("id", "tier", "question", "why");
    private static final Set<String> TIER_FIELDS = Set.of("tier", "name", "advice", "nextSteps", "reviewWithinHours");
    private static final Set<String> CONSULTATION_FIELDS = Set.of("type", "name", "description", "durationMinutes");

    private final Problems problems;
    private final FollowUpReader followUps;

    CatalogueLoader(Problems problems) {
        this.problems = problems;
        this.followUps = new FollowUpReader(problems);
    }

    /** Reads what it can; shape problems are collected in {@link Problems}, not thrown. */
    CatalogueData load(CatalogueSources sources) {
        ImagingPolicy policy = new ImagingPolicyReader(problems).read(sources.imagingPolicy());
        JsonNode redFlagsRoot = YamlFiles.parse(sources.redFlags());
        return new CatalogueData(
                sources.all(),
                sources.conditions().name(),
                icd10Release(sources.conditions()),
                conditions(sources.conditions()),
                sources.procedures().name(),
                procedures(sources.procedures()),
                sources.redFlags().name(),
                redFlags(sources.redFlags(), redFlagsRoot),
                triageTiers(sources.redFlags(), redFlagsRoot),
                universalRedFlagIds(sources.redFlags(), redFlagsRoot),
                sources.consultationTypes().name(),
                consultationTypes(sources.consultationTypes(), policy),
                policy);
    }

    private List<Condition> conditions(SourceFile file) {
        List<Condition> result = new ArrayList<>();
        for (EntryReader e :
                YamlFiles.entries(file, YamlFiles.parse(file), "conditions", "condition", "id", problems)) {
            e.rejectUnknownFields(CONDITION_FIELDS);
            result.add(new Condition(
                    e.text("id"),
                    e.text("name"),
                    e.texts("synonyms", false),
                    e.texts("icd10Codes", true),
                    e.texts("snomedCodes", false),
                    e.text("summary"),
                    e.texts("symptoms", true),
                    e.texts("redFlagIds", true),
                    e.texts("procedureIds", true),
                    e.text("specialty")));
        }
        return result;
    }

    private List<Procedure> procedures(SourceFile file) {
        List<Procedure> result = new ArrayList<>();
        for (EntryReader e :
                YamlFiles.entries(file, YamlFiles.parse(file), "procedures", "procedure", "id", problems)) {
            e.rejectUnknownFields(PROCEDURE_FIELDS);
            result.add(new Procedure(
                    e.text("id"),
                    e.text("name"),
                    e.texts("otherNames", false),
                    e.text("summary"),
                    e.text("candidacy"),
                    e.text("technique"),
                    e.text("incision"),
                    e.text("anaesthesia"),
                    e.text("hospitalStay"),
                    recovery(e.object("recovery")),
                    followUps.read(e),
                    e.texts("benefits", true),
                    e.texts("risks", true),
                    e.texts("conditionIds", true)));
        }
        return result;
    }

    private static RecoveryMilestones recovery(EntryReader r) {
        if (r == null) {
            return new RecoveryMilestones("", "", "", "");
        }
        r.rejectUnknownFields(RECOVERY_FIELDS);
        return new RecoveryMilestones(
                r.text("walking"), r.text("lightActivity"), r.text("deskWork"), r.text("fullRecovery"));
    }

    /** The ICD-10-CM release the codes were checked against, e.g. "FY2026"; required so it is never forgotten. */
    private String icd10Release(SourceFile file) {
        JsonNode value = YamlFiles.parse(file).get("icd10Release");
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            problems.addFileProblem(
                    file.name(),
                    "top-level field 'icd10Release' must name the ICD-10-CM release the codes were checked against");
            return "";
        }
        return value.stringValue().strip();
    }

    private List<RedFlag> redFlags(SourceFile file, JsonNode root) {
        List<RedFlag> result = new ArrayList<>();
        for (EntryReader e : YamlFiles.entries(file, root, "redFlags", "red flag", "id", problems)) {
            e.rejectUnknownFields(RED_FLAG_FIELDS);
            result.add(new RedFlag(
                    e.text("id"), e.enumValue("tier", TriageTier.class), e.text("question"), e.text("why")));
        }
        return result;
    }

    private List<TriageAdvice> triageTiers(SourceFile file, JsonNode root) {
        List<TriageAdvice> result = new ArrayList<>();
        for (EntryReader e : YamlFiles.entries(file, root, "triageTiers", "triage tier", "tier", problems)) {
            e.rejectUnknownFields(TIER_FIELDS);
            TriageTier tier = e.enumValue("tier", TriageTier.class);
            int hours = tier == TriageTier.URGENT ? e.positiveInt("reviewWithinHours") : 0;
            if (tier != TriageTier.URGENT && e.raw("reviewWithinHours") != null) {
                e.problem("reviewWithinHours", "only the URGENT tier has a review time");
            }
            result.add(new TriageAdvice(tier, e.text("name"), e.text("advice"), e.text("nextSteps"), hours));
        }
        return result;
    }

    private List<String> universalRedFlagIds(SourceFile file, JsonNode root) {
        JsonNode list = root.get("universalRedFlagIds");
        if (list == null || !list.isArray()) {
            problems.addFileProblem(file.name(), "top-level field 'universalRedFlagIds' must be a list");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : list.values()) {
            if (item.isString() && !item.stringValue().isBlank()) {
                result.add(item.stringValue().strip());
            } else {
                problems.addFileProblem(file.name(), "'universalRedFlagIds' items must be red-flag ids, found " + item);
            }
        }
        return result;
    }

    /** imagingRequired is taken from the policy in use, so a clinic override changes both together. */
    private List<ConsultationTypeDetails> consultationTypes(SourceFile file, ImagingPolicy policy) {
        List<ConsultationTypeDetails> result = new ArrayList<>();
        EnumSet<ConsultationType> seen = EnumSet.noneOf(ConsultationType.class);
        JsonNode root = YamlFiles.parse(file);
        for (EntryReader e :
                YamlFiles.entries(file, root, "consultationTypes", "consultation type", "type", problems)) {
            e.rejectUnknownFields(CONSULTATION_FIELDS);
            ConsultationType type = e.enumValue("type", ConsultationType.class);
            if (type != null && !seen.add(type)) {
                e.problem("type", "duplicate id: listed more than once");
            }
            result.add(new ConsultationTypeDetails(
                    type,
                    e.text("name"),
                    e.text("description"),
                    e.positiveInt("durationMinutes"),
                    type != null && policy.imagingRequiredFor().contains(type)));
        }
        for (ConsultationType missing : EnumSet.complementOf(seen)) {
            problems.add(
                    file.name(),
                    "consultation type '" + missing + "'",
                    "type",
                    "missing: every type must be described");
        }
        return result;
    }
}
