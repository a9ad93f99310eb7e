package io.spinecare.booking.fhir;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** Builds the Parameters of $hold and $book the way another clinic system would (docs/fhir.md). */
public final class FhirBooking {

    private static final String BASE = "https://spinecare.io/fhir/";

    private final Appointment appointment;

    private FhirBooking(Appointment appointment) {
        this.appointment = appointment;
    }

    /** Starts from a proposed appointment of $find, or from a held one of $hold. */
    public static FhirBooking from(Appointment proposedOrHeld) {
        return new FhirBooking(proposedOrHeld.copy());
    }

    /** A new-consultation appointment on the slot, for a herniated disc. */
    public static FhirBooking onSlot(String slotId) {
        Appointment a = new Appointment();
        a.setStatus(Appointment.AppointmentStatus.PROPOSED);
        a.addSlot(new Reference("Slot/" + slotId));
        a.addServiceType().addCoding(new Coding(BASE + "CodeSystem/consultation-type", "NEW_CONSULTATION", null));
        a.addParticipant()
                .setStatus(Appointment.ParticipationStatus.NEEDSACTION)
                .setActor(new Reference("Practitioner/x"));
        return new FhirBooking(a);
    }

    public FhirBooking forPatient(String name) {
        Patient patient = new Patient();
        patient.setId("patient");
        patient.addName().setText(name);
        patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                .setValue(name.toLowerCase().replace(' ', '.') + "@example.org");
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("+91 98765 43210");
        patient.setBirthDateElement(new DateType("1978-04-12"));
        appointment.getContained().removeIf(r -> r instanceof Patient);
        appointment.addContained(patient);
        appointment
                .addParticipant()
                .setStatus(Appointment.ParticipationStatus.ACCEPTED)
                .setActor(new Reference("#patient"));
        return condition("herniated-disc");
    }

    public FhirBooking condition(String conditionId) {
        appointment.getReasonCode().clear();
        appointment.addReasonCode().addCoding(new Coding(BASE + "CodeSystem/condition", conditionId, null));
        return this;
    }

    public FhirBooking withScan(String modality, String region, String performedOn) {
        Extension scan = new Extension(BASE + "StructureDefinition/prior-imaging");
        scan.addExtension("modality", new Coding(BASE + "CodeSystem/imaging-modality", modality, null));
        scan.addExtension("region", new Coding(BASE + "CodeSystem/body-region", region, null));
        scan.addExtension("performedOn", new DateType(performedOn));
        appointment.addExtension(scan);
        return this;
    }

    public FhirBooking redFlag(String id, boolean answer) {
        Extension flag = new Extension(BASE + "StructureDefinition/red-flag-answer");
        flag.addExtension("flag", new Coding(BASE + "CodeSystem/red-flag", id, null));
        flag.addExtension("answer", new BooleanType(answer));
        appointment.addExtension(flag);
        return this;
    }

    public String parameters() {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("appt-resource").setResource(appointment);
        return FhirChecks.R4.newJsonParser().encodeResourceToString(parameters);
    }

    public static String find(String... nameValuePairs) {
        Parameters parameters = new Parameters();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            parameters
                    .addParameter()
                    .setName(nameValuePairs[i])
                    .setValue(new org.hl7.fhir.r4.model.StringType(nameValuePairs[i + 1]));
        }
        return FhirChecks.R4.newJsonParser().encodeResourceToString(parameters);
    }
}
