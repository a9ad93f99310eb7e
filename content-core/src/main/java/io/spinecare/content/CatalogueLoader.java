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
            "technique",
            "incision",
            "anaesthesia",
            "hospitalStay",
            "recovery",
            "benefits",
            "risks",
            "conditionIds");
    private static final Set<String> RECOVERY_FIELDS = Set.of("walking", "lightActivity", "deskWork", "fullRecovery");
    private static final Set<String> RED_FLAG_FIELDS = Set.of("id", "question", "why");
    private static final Set<String> CONSULTATION_FIELDS = Set.of("type", "name", "description", "durationMinutes");

    private final Problems problems;

    CatalogueLoader(Problems problems) {
        this.problems = problems;
    }

    /** Reads what it can; shape problems are collected in {@link Problems}, not thrown. */
    CatalogueData load(CatalogueSources sources) {
        ImagingPolicy policy = new ImagingPolicyReader(problems).read(sources.imagingPolicy());
        return new CatalogueData(
                sources.all(),
                sources.conditions().name(),
                conditions(sources.conditions()),
                sources.procedures().name(),
                procedures(sources.procedures()),
                sources.redFlags().name(),
                redFlags(sources.redFlags()),
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
                    e.text("technique"),
                    e.text("incision"),
                    e.text("anaesthesia"),
                    e.text("hospitalStay"),
                    recovery(e.object("recovery")),
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

    private List<RedFlag> redFlags(SourceFile file) {
        List<RedFlag> result = new ArrayList<>();
        for (EntryReader e : YamlFiles.entries(file, YamlFiles.parse(file), "redFlags", "red flag", "id", problems)) {
            e.rejectUnknownFields(RED_FLAG_FIELDS);
            result.add(new RedFlag(e.text("id"), e.text("question"), e.text("why")));
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
