package io.spinecare.booking.fhir;

/** The code systems, identifier systems and extensions SpineCare defines (docs/fhir.md lists them). */
final class FhirCodes {

    static final String BASE = "https://spinecare.io/fhir/";
    static final String CONSULTATION_TYPE = BASE + "CodeSystem/consultation-type";
    static final String CONDITION = BASE + "CodeSystem/condition";
    static final String RED_FLAG = BASE + "CodeSystem/red-flag";
    static final String MODALITY = BASE + "CodeSystem/imaging-modality";
    static final String BODY_REGION = BASE + "CodeSystem/body-region";
    static final String PREREQUISITE_STATUS = BASE + "CodeSystem/prerequisite-status";
    static final String PROBLEM = "https://spinecare.io/problems";

    static final String APPOINTMENT_REFERENCE = BASE + "sid/appointment-reference";
    static final String HOLD = BASE + "sid/hold";

    static final String EXT_PRIOR_IMAGING = BASE + "StructureDefinition/prior-imaging";
    static final String EXT_IMAGING_PREREQUISITE = BASE + "StructureDefinition/imaging-prerequisite";
    static final String EXT_RED_FLAG_ANSWER = BASE + "StructureDefinition/red-flag-answer";
    static final String EXT_URGENT_REVIEW = BASE + "StructureDefinition/urgent-review";
    static final String EXT_HOLD_EXPIRES = BASE + "StructureDefinition/hold-expires";

    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

    private FhirCodes() {}
}
