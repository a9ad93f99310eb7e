package io.spinecare.booking.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Parses an answer strictly with HAPI's parser and validates it against the base R4 specification,
 * whose definitions come from the hapi-fhir-validation-resources-r4 jar: nothing is fetched.
 */
public final class FhirChecks {

    public static final FhirContext R4 = FhirContext.forR4Cached();

    private static FhirValidator validator;

    private FhirChecks() {}

    /** The parsed resource, after asserting that the base R4 validator reports no error. */
    public static IBaseResource parseAndValidate(String json) {
        IBaseResource resource = R4.newJsonParser()
                .setParserErrorHandler(new StrictErrorHandler())
                .parseResource(json);
        ValidationResult result = validator().validateWithResult(json);
        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirChecks::describe)
                .toList();
        assertThat(errors).as("base R4 validation of %s", json).isEmpty();
        return resource;
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(R4),
                    new SnapshotGeneratingValidationSupport(R4),
                    new CommonCodeSystemsTerminologyService(R4),
                    new InMemoryTerminologyServerValidationSupport(R4));
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
            instanceValidator.setAnyExtensionsAllowed(true);
            instanceValidator.setNoTerminologyChecks(false);
            FhirValidator created = R4.newValidator();
            created.registerValidatorModule(instanceValidator);
            // Load the R4 definitions once, here: many threads missing the cache at once each load them again.
            created.validateWithResult(
                    "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{"
                            + "\"fullUrl\":\"urn:uuid:7d1c6f60-9c4e-4a4e-8d67-2f1f3b1e9a10\",\"resource\":"
                            + "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"conflict\"}]}}]}");
            validator = created;
        }
        return validator;
    }
}
