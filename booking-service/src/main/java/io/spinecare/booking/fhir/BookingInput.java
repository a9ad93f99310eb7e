package io.spinecare.booking.fhir;

import io.spinecare.booking.patient.SystemBookings;
import io.spinecare.content.BodyRegion;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads the Argonaut {@code appt-resource} of $hold and $book. What it cannot read is a 400 naming
 * the element; whether the booking is allowed is for the booking rules to say.
 */
final class BookingInput {

    private BookingInput() {}

    static Appointment appointment(Parameters parameters, String operation) {
        Resource resource = parameters.getParameter().stream()
                .filter(p -> "appt-resource".equals(p.getName()))
                .map(Parameters.ParametersParameterComponent::getResource)
                .findFirst()
                .orElse(null);
        if (!(resource instanceof Appointment appointment)) {
            throw FhirProblem.required(operation + " needs the parameter 'appt-resource': an Appointment.");
        }
        return appointment;
    }

    static String slotId(Appointment a) {
        if (a.getSlot().size() != 1) {
            throw FhirProblem.required("Appointment.slot must reference exactly one Slot.");
        }
        return Searches.idOf(a.getSlotFirstRep().getReference(), "Slot", "Appointment.slot");
    }

    static String holdId(Appointment a) {
        return a.getIdentifier().stream()
                .filter(i -> FhirCodes.HOLD.equals(i.getSystem()))
                .map(i -> i.getValue())
                .findFirst()
                .orElse(null);
    }

    static SystemBookings.Command command(Appointment a) {
        return new SystemBookings.Command(
                slotId(a), holdId(a), consultationType(a), conditionId(a), patient(a), scans(a), redFlags(a));
    }

    static ConsultationType consultationType(Appointment a) {
        Coding coding = coding(a.getServiceType(), FhirCodes.CONSULTATION_TYPE, "Appointment.serviceType");
        return SlotResourceController.consultationType(coding.getCode(), "Appointment.serviceType");
    }

    private static String conditionId(Appointment a) {
        return coding(a.getReasonCode(), FhirCodes.CONDITION, "Appointment.reasonCode")
                .getCode();
    }

    private static Coding coding(List<CodeableConcept> concepts, String system, String element) {
        return concepts.stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> system.equals(c.getSystem()) && c.hasCode())
                .findFirst()
                .orElseThrow(() -> FhirProblem.required(element + " needs a coding of " + system + "."));
    }

    private static SystemBookings.Patient patient(Appointment a) {
        Patient patient = a.getParticipant().stream()
                .map(p -> p.getActor().getReference())
                .filter(ref -> ref != null && ref.startsWith("#"))
                .flatMap(ref -> a.getContained().stream()
                        .filter(r -> r instanceof Patient
                                && ref.substring(1).equals(r.getIdElement().getIdPart())))
                .map(Patient.class::cast)
                .findFirst()
                .orElseThrow(() -> FhirProblem.required(
                        "The patient must be a contained Patient referenced by a participant (actor '#patient')."));
        return new SystemBookings.Patient(
                name(patient.getNameFirstRep()),
                telecom(patient, ContactPoint.ContactPointSystem.EMAIL),
                telecom(patient, ContactPoint.ContactPointSystem.PHONE),
                patient.hasBirthDate()
                        ? LocalDate.parse(patient.getBirthDateElement().getValueAsString())
                        : null);
    }

    /** {@code text}, or the given names and the family name; null when there is none (the rules then refuse). */
    private static String name(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        String parts = (name.getGivenAsSingleString() + " " + (name.hasFamily() ? name.getFamily() : "")).trim();
        return parts.isEmpty() ? null : parts;
    }

    private static String telecom(Patient patient, ContactPoint.ContactPointSystem system) {
        return patient.getTelecom().stream()
                .filter(t -> t.getSystem() == system)
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse(null);
    }

    private static List<SystemBookings.PriorScan> scans(Appointment a) {
        List<SystemBookings.PriorScan> scans = new ArrayList<>();
        for (Extension e : a.getExtensionsByUrl(FhirCodes.EXT_PRIOR_IMAGING)) {
            scans.add(new SystemBookings.PriorScan(
                    enumCode(Modality.class, e, "modality"),
                    enumCode(BodyRegion.class, e, "region"),
                    date(e, "performedOn")));
        }
        return scans;
    }

    private static Map<String, Boolean> redFlags(Appointment a) {
        List<Extension> answers = a.getExtensionsByUrl(FhirCodes.EXT_RED_FLAG_ANSWER);
        if (answers.isEmpty()) {
            return null; // not asked
        }
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (Extension e : answers) {
            Extension flag = e.getExtensionByUrl("flag");
            Extension answer = e.getExtensionByUrl("answer");
            if (flag == null
                    || !(flag.getValue() instanceof Coding coding)
                    || !coding.hasCode()
                    || answer == null
                    || !(answer.getValue() instanceof BooleanType yes)) {
                throw FhirProblem.invalid(
                        "Each red-flag-answer extension needs 'flag' (valueCoding) and 'answer' (valueBoolean).");
            }
            flags.put(coding.getCode(), yes.booleanValue());
        }
        return flags;
    }

    private static <E extends Enum<E>> E enumCode(Class<E> type, Extension parent, String name) {
        Extension e = parent.getExtensionByUrl(name);
        if (e == null || !(e.getValue() instanceof Coding coding) || !coding.hasCode()) {
            throw FhirProblem.invalid("prior-imaging needs '" + name + "' as a valueCoding.");
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(coding.getCode()))
                .findFirst()
                .orElseThrow(() -> FhirProblem.invalid("Unknown " + name + " '" + coding.getCode() + "'; codes: "
                        + Arrays.toString(type.getEnumConstants()) + "."));
    }

    private static LocalDate date(Extension parent, String name) {
        Extension e = parent.getExtensionByUrl(name);
        if (e == null || !(e.getValue() instanceof DateType date) || date.getValueAsString() == null) {
            throw FhirProblem.invalid("prior-imaging needs '" + name + "' as a valueDate.");
        }
        String value = date.getValueAsString();
        if (value.length() != 10) {
            throw FhirProblem.invalid("prior-imaging '" + name + "' must be a full date such as 2026-03-01.");
        }
        return LocalDate.parse(value);
    }
}
