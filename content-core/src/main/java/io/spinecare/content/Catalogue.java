package io.spinecare.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The clinic's catalogue of conditions, procedures, red flags, consultation types and imaging
 * prerequisites. Immutable and thread-safe; loaded once from validated data files.
 */
public final class Catalogue {

    private final String version;
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private final Map<String, Procedure> procedures = new LinkedHashMap<>();
    private final Map<String, RedFlag> redFlags = new LinkedHashMap<>();
    private final Map<ConsultationType, ConsultationTypeDetails> consultationTypes =
            new EnumMap<>(ConsultationType.class);
    private final Map<TriageTier, TriageAdvice> triageTiers = new EnumMap<>(TriageTier.class);
    private final List<String> universalRedFlagIds;
    private final String icd10Release;
    private final ImagingPolicy policy;
    private final PrerequisiteEvaluator evaluator;
    private final SearchIndex<Condition> conditionIndex;
    private final SearchIndex<Procedure> procedureIndex;

    private Catalogue(CatalogueData data) {
        this.version = ContentHash.of(data.files());
        data.conditions().forEach(c -> conditions.put(c.id(), c));
        data.procedures().forEach(p -> procedures.put(p.id(), p));
        data.redFlags().forEach(f -> redFlags.put(f.id(), f));
        data.consultationTypes().forEach(t -> consultationTypes.put(t.type(), t));
        data.triageTiers().forEach(t -> triageTiers.put(t.tier(), t));
        this.universalRedFlagIds = List.copyOf(data.universalRedFlagIds());
        this.icd10Release = data.icd10Release();
        this.policy = data.policy();
        this.evaluator = new PrerequisiteEvaluator(policy.reviewLeadDays());
        this.conditionIndex = new SearchIndex<>(data.conditions(), SearchPhrases::of);
        this.procedureIndex = new SearchIndex<>(data.procedures(), SearchPhrases::of);
    }

    /** The bundled data files with the clinic-policy default imaging windows. */
    public static Catalogue loadDefault() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Content hash of every loaded file; record it with each appointment. */
    public String version() {
        return version;
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions.values());
    }

    public Optional<Condition> condition(String id) {
        return Optional.ofNullable(conditions.get(id));
    }

    public List<Procedure> procedures() {
        return List.copyOf(procedures.values());
    }

    public Optional<Procedure> procedure(String id) {
        return Optional.ofNullable(procedures.get(id));
    }

    public List<ConsultationTypeDetails> consultationTypes() {
        return List.copyOf(consultationTypes.values());
    }

    public ConsultationTypeDetails consultationType(ConsultationType type) {
        return consultationTypes.get(type);
    }

    public List<RedFlag> redFlags() {
        return List.copyOf(redFlags.values());
    }

    public Optional<RedFlag> redFlag(String id) {
        return Optional.ofNullable(redFlags.get(id));
    }

    /** The release of ICD-10-CM the condition codes were checked against, as declared in the data (e.g. "FY2026"). */
    public String icd10Release() {
        return icd10Release;
    }

    /** The three tiers with their patient-facing advice, most urgent first. */
    public List<TriageAdvice> triageTiers() {
        return List.copyOf(triageTiers.values());
    }

    public TriageAdvice triageAdvice(TriageTier tier) {
        return triageTiers.get(Objects.requireNonNull(tier, "tier"));
    }

    /** The red flags asked before every booking, whatever the condition. */
    public List<RedFlag> universalRedFlags() {
        return universalRedFlagIds.stream().map(redFlags::get).toList();
    }

    /** The questions to ask for a condition: the universal ones first, then the condition's own. */
    public List<RedFlag> redFlagsFor(String conditionId) {
        List<RedFlag> result = new java.util.ArrayList<>(universalRedFlags());
        requireCondition(conditionId).redFlagIds().stream().map(redFlags::get).forEach(result::add);
        return List.copyOf(result);
    }

    /**
     * The most urgent tier among the flags answered yes (unknown ids are ignored: callers check
     * them first), or {@link Triage#ROUTINE}. {@code answers} may be null (not asked).
     */
    public Triage triage(Map<String, Boolean> answers) {
        if (answers == null) {
            return Triage.ROUTINE;
        }
        List<RedFlag> yes = redFlags.values().stream()
                .filter(flag -> Boolean.TRUE.equals(answers.get(flag.id())))
                .toList();
        TriageTier tier = yes.stream().map(RedFlag::tier).reduce(TriageTier.ROUTINE, TriageTier::mostUrgent);
        return yes.isEmpty() ? Triage.ROUTINE : new Triage(tier, yes);
    }

    /** Conditions matching a patient's words (synonyms, small typos), best first; blank → all. */
    public List<Condition> searchConditions(String query) {
        return conditionIndex.search(query);
    }

    /** Procedures matching a patient's words (other names, small typos), best first; blank → all. */
    public List<Procedure> searchProcedures(String query) {
        return procedureIndex.search(query);
    }

    /** The scans the imaging policy asks for; empty for types that need none (follow-up, post-operative). */
    public List<ImagingRequirement> prerequisitesFor(String conditionId, ConsultationType type) {
        Objects.requireNonNull(type, "consultation type");
        requireCondition(conditionId);
        return policy.requirementsFor(conditionId, type);
    }

    /**
     * Checks the patient's scans against {@link #prerequisitesFor}; see {@link PrerequisiteResult}.
     * {@code scans} may be null or empty (no scans); null items are ignored.
     */
    public ImagingAssessment evaluate(
            String conditionId, ConsultationType type, List<Scan> scans, LocalDate appointmentDate) {
        Objects.requireNonNull(appointmentDate, "appointment date");
        List<Scan> known = scans == null
                ? List.of()
                : scans.stream().filter(Objects::nonNull).toList();
        return evaluator.evaluate(prerequisitesFor(conditionId, type), known, appointmentDate);
    }

    /** Days before the appointment by which missing or stale scans are due (imaging policy). */
    public int reviewLeadDays() {
        return policy.reviewLeadDays();
    }

    public List<Procedure> proceduresFor(String conditionId) {
        return requireCondition(conditionId).procedureIds().stream()
                .map(procedures::get)
                .toList();
    }

    public List<Condition> conditionsFor(String procedureId) {
        Procedure procedure =
                procedure(procedureId).orElseThrow(() -> new UnknownEntryException("procedure", procedureId));
        return procedure.conditionIds().stream().map(conditions::get).toList();
    }

    private Condition requireCondition(String id) {
        return condition(id).orElseThrow(() -> new UnknownEntryException("condition", id));
    }

    /** Chooses the data files; anything not set comes from the bundled defaults. */
    public static final class Builder {

        private Path directory;
        private Path imagingPolicy;

        private Builder() {}

        /** A clinic's own imaging-policy file, replacing the bundled clinic-policy defaults. */
        public Builder imagingPolicy(Path clinicOverride) {
            this.imagingPolicy = clinicOverride;
            return this;
        }

        /** Reads all five data files from this directory instead of the bundled ones. */
        public Builder dataDirectory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** Loads, validates and indexes; throws {@link CatalogueException} naming every problem. */
        public Catalogue build() {
            CatalogueSources sources = new CatalogueSources(
                    file(CatalogueSources.CONDITIONS),
                    file(CatalogueSources.PROCEDURES),
                    file(CatalogueSources.RED_FLAGS),
                    file(CatalogueSources.CONSULTATION_TYPES),
                    imagingPolicy != null ? SourceFile.of(imagingPolicy) : file(CatalogueSources.IMAGING_POLICY));
            Problems problems = new Problems();
            CatalogueData data = new CatalogueLoader(problems).load(sources);
            new CatalogueValidator(problems).validate(data);
            problems.throwIfAny();
            return new Catalogue(data);
        }

        private SourceFile file(String name) {
            return directory != null ? SourceFile.of(directory.resolve(name)) : SourceFile.bundled(name);
        }
    }
}
