package io.spinecare.booking.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads and writes FHIR JSON with HAPI's parser; every answer of the facade goes through here. */
@Component
class FhirJson {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final FhirContext context;

    FhirJson(FhirContext context) {
        this.context = context;
    }

    ResponseEntity<String> ok(IBaseResource resource) {
        return answer(HttpStatus.OK, resource);
    }

    ResponseEntity<String> answer(HttpStatusCode status, IBaseResource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(encode(resource));
    }

    String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    private static final String UNKNOWN_ELEMENT = "unknown element";

    /** Parses a request body; anything but well-formed FHIR JSON of the expected type is a 400. */
    <T extends IBaseResource> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw FhirProblem.required("The request needs a body: a " + type.getSimpleName() + " in FHIR JSON.");
        }
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictUnknownElements());
        try {
            return parser.parseResource(type, body);
        } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
            // The parser's own message quotes the rejected value (a phone number, a birth date): never repeat it.
            String reason = e.getMessage() != null && e.getMessage().contains(UNKNOWN_ELEMENT)
                    ? ": " + shorten(e.getMessage())
                    : ".";
            throw FhirProblem.invalid("The body is not a valid " + type.getSimpleName() + " in FHIR JSON" + reason);
        }
    }

    static OperationOutcome outcome(IssueType code, String slug, String message) {
        OperationOutcome outcome = new OperationOutcome();
        var issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(code)
                .setDiagnostics(message);
        issue.getDetails().addCoding().setSystem(FhirCodes.PROBLEM).setCode(slug);
        issue.getDetails().setText(message);
        return outcome;
    }

    private static String shorten(String message) {
        if (message == null) {
            return "unreadable";
        }
        String oneLine = message.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }

    /** Unknown elements are errors (a typo must not be ignored silently); the rest stays lenient. */
    private static final class StrictUnknownElements extends LenientErrorHandler {
        StrictUnknownElements() {
            super(false);
        }

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            throw new DataFormatException(UNKNOWN_ELEMENT + " '" + elementName + "'");
        }
    }
}
