package io.spinecare.booking.catalog;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.spinecare.content.Condition;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.ConsultationTypeDetails;
import io.spinecare.content.ImagingRequirement;
import io.spinecare.content.Procedure;
import io.spinecare.content.RedFlag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The OpenAPI description of the public, read-only catalogue.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface CatalogApiDocs {

    @Operation(
            operationId = "searchConditions",
            tags = ApiTags.CATALOGUE,
            summary = "Find conditions",
            description = "Conditions whose name, synonyms or codes match the text (\"slipped disc\" finds the"
                    + " herniated disc); all of them without `q`.")
    @Parameter(name = "q", description = "Words to look for.", example = "slipped disc")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED})
    List<Condition> conditions(@Size(max = 100) String q);

    @Operation(
            operationId = "getCondition",
            tags = ApiTags.CATALOGUE,
            summary = "Read a condition",
            description =
                    "The condition with its candidate procedures, red-flag questions and the catalogue" + " version.")
    @Parameter(name = "id", description = "The condition's id.", example = "herniated-disc")
    @ProblemResponses({ApiProblem.CONDITION_NOT_FOUND})
    CatalogController.ConditionDetails condition(String id);

    @Operation(
            operationId = "listPrerequisites",
            tags = ApiTags.CATALOGUE,
            summary = "Scans a consultation needs",
            description = "The imaging the clinic asks for before this consultation type for this condition, with"
                    + " the maximum age of each study (clinic policy defaults).")
    @Parameter(name = "id", description = "The condition's id.", example = "herniated-disc")
    @Parameter(name = "consultationType", description = "The consultation type.", example = "NEW_CONSULTATION")
    @ProblemResponses({ApiProblem.CONDITION_NOT_FOUND, ApiProblem.BAD_REQUEST})
    List<ImagingRequirement> prerequisites(String id, ConsultationType consultationType);

    @Operation(
            operationId = "searchProcedures",
            tags = ApiTags.CATALOGUE,
            summary = "Find procedures",
            description = "Procedures whose name or other names match the text; all of them without `q`.")
    @Parameter(name = "q", description = "Words to look for.", example = "discectomy")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED})
    List<Procedure> procedures(@Size(max = 100) String q);

    @Operation(
            operationId = "getProcedure",
            tags = ApiTags.CATALOGUE,
            summary = "Read a procedure",
            description = "What the procedure does, its technique, anaesthesia, stay and recovery milestones.")
    @Parameter(name = "id", description = "The procedure's id.", example = "microdiscectomy")
    @ProblemResponses({ApiProblem.PROCEDURE_NOT_FOUND})
    Procedure procedure(String id);

    @Operation(
            operationId = "listConsultationTypes",
            tags = ApiTags.CATALOGUE,
            summary = "Consultation types",
            description = "New consultation, second opinion, follow-up, pre- and post-operative: duration and"
                    + " whether imaging is required.")
    List<ConsultationTypeDetails> consultationTypes();

    @Operation(
            operationId = "listTriageTiers",
            tags = ApiTags.CATALOGUE,
            summary = "Triage tiers",
            description = "The three tiers a booking's red-flag answers put it in (emergency now, urgent review"
                    + " within a clinic-set time, routine), most urgent first, each with its patient advice.")
    List<io.spinecare.content.TriageAdvice> triageTiers();

    @Operation(
            operationId = "listRedFlags",
            tags = ApiTags.CATALOGUE,
            summary = "Red-flag questions",
            description = "The yes/no questions whose ids key a booking's `redFlags`, with their triage tier.")
    List<RedFlag> redFlags();
}
