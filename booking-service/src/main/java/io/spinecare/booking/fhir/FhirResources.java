package io.spinecare.booking.fhir;

import io.spinecare.booking.patient.SystemBookings;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.ConsultationTypeDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** SpineCare's domain as FHIR R4 resources: one method per resource, no decisions. */
@Component
class FhirResources {

    private final Catalogue catalogue;

    FhirResources(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Practitioner practitioner(Specialist s) {
        Practitioner p = new Practitioner();
        p.setId(s.id());
        p.setActive(true);
        p.addName().setText(s.name());
        narrative(p.getText(), s.name() + ", " + s.subSpecialty());
        return p;
    }

    PractitionerRole role(Specialist s) {
        PractitionerRole role = new PractitionerRole();
        role.setId(s.id());
        role.setActive(true);
        role.setPractitioner(new Reference("Practitioner/" + s.id()).setDisplay(s.name()));
        role.addSpecialty().setText(s.subSpecialty());
        s.consultationTypes()
                .forEach(type -> role.addHealthcareService(
                        new Reference("HealthcareService/" + serviceId(type)).setDisplay(name(type))));
        if (s.location() != null) {
            role.addLocation().setDisplay(s.location());
        }
        narrative(role.getText(), s.name() + " (" + s.subSpecialty() + ") at " + s.location());
        return role;
    }

    HealthcareService service(ConsultationTypeDetails details) {
        HealthcareService service = new HealthcareService();
        service.setId(serviceId(details.type()));
        service.setActive(true);
        service.setName(details.name());
        service.setComment(details.description());
        service.addType(serviceType(details.type()));
        service.setAppointmentRequired(true);
        service.setExtraDetails("Duration " + details.durationMinutes() + " minutes"
                + (details.imagingRequired()
                        ? "; the clinic may ask for recent scans (MRI/CT) before the visit."
                        : "."));
        narrative(service.getText(), details.name() + ": " + details.description());
        return service;
    }

    Schedule schedule(Specialist s, Instant from, Instant to) {
        Schedule schedule = new Schedule();
        schedule.setId(s.id());
        schedule.setActive(true);
        schedule.addActor(new Reference("Practitioner/" + s.id()).setDisplay(s.name()));
        schedule.addActor(new Reference("PractitionerRole/" + s.id()));
        s.consultationTypes().forEach(type -> schedule.addServiceType(serviceType(type)));
        schedule.setPlanningHorizon(new Period().setStart(Date.from(from)).setEnd(Date.from(to)));
        narrative(schedule.getText(), "Consultations with " + s.name());
        return schedule;
    }

    Slot slot(SlotView view, List<ConsultationType> fits) {
        Slot slot = new Slot();
        slot.setId(view.id());
        slot.setSchedule(new Reference("Schedule/" + view.specialistId()));
        slot.setStatus(Slot.SlotStatus.fromCode(view.status().code()));
        slot.setStartElement(instant(view.start()));
        slot.setEndElement(instant(view.end()));
        fits.forEach(type -> slot.addServiceType(serviceType(type)));
        slot.setComment(view.mode() + (view.location() == null ? "" : " at " + view.location()));
        narrative(slot.getText(), view.status().code() + " " + view.start() + " - " + view.end());
        return slot;
    }

    /** A possible appointment for $find: the slot it would take, not yet held (status proposed). */
    Appointment proposed(SlotView view, Specialist specialist, ConsultationType type) {
        Appointment a = new Appointment();
        a.setStatus(Appointment.AppointmentStatus.PROPOSED);
        a.addServiceType(serviceType(type));
        a.setStartElement(instant(view.start()));
        a.setEndElement(instant(view.end()));
        a.setMinutesDuration(view.minutes());
        a.addSlot(new Reference("Slot/" + view.id()));
        a.addParticipant()
                .setActor(new Reference("Practitioner/" + specialist.id()).setDisplay(specialist.name()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        narrative(a.getText(), name(type) + " with " + specialist.name() + " at " + view.start());
        return a;
    }

    /** A held appointment ($hold): the slot is busy-tentative until {@code expiresAt}; book it with the hold id. */
    Appointment held(Appointment proposed, String holdId, OffsetDateTime expiresAt) {
        Appointment a = proposed.copy();
        a.setStatus(Appointment.AppointmentStatus.PENDING);
        a.addIdentifier().setSystem(FhirCodes.HOLD).setValue(holdId);
        a.addExtension(new Extension(FhirCodes.EXT_HOLD_EXPIRES, dateTime(expiresAt)));
        narrative(a.getText(), "Held until " + expiresAt + ": book it with $book before then");
        return a;
    }

    Appointment appointment(SystemBookings.Booked b) {
        Appointment a = new Appointment();
        a.setId(b.id());
        a.addIdentifier().setSystem(FhirCodes.APPOINTMENT_REFERENCE).setValue(b.reference());
        a.setStatus(Appointment.AppointmentStatus.fromCode(b.status().code()));
        a.addServiceType(serviceType(b.consultationType()));
        a.addReasonCode(condition(b.conditionId()));
        a.setStartElement(
                instant(b.start().atZone(java.time.ZoneId.of(b.zone())).toOffsetDateTime()));
        a.setEndElement(instant(b.end().atZone(java.time.ZoneId.of(b.zone())).toOffsetDateTime()));
        a.setMinutesDuration(
                (int) java.time.Duration.between(b.start(), b.end()).toMinutes());
        a.setCreated(Date.from(b.createdAt()));
        a.addSlot(new Reference("Slot/" + b.slotId()));
        a.setDescription(name(b.consultationType()) + " with " + b.specialistName() + ", " + b.mode()
                + (b.location() == null ? "" : " at " + b.location()));

        Patient patient = new Patient();
        patient.setId("patient");
        patient.addName().setText(b.patient().name());
        patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                .setValue(b.patient().email());
        patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(b.patient().phone());
        patient.setBirthDateElement(date(b.patient().dateOfBirth()));
        a.addContained(patient);
        a.addParticipant()
                .setActor(new Reference("#patient").setDisplay(b.patient().name()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        a.addParticipant()
                .setActor(new Reference("Practitioner/" + b.specialistId()).setDisplay(b.specialistName()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);

        b.imaging().forEach(scan -> a.addExtension(priorImaging(scan)));
        b.prerequisites().forEach(required -> a.addExtension(prerequisite(required)));
        a.addExtension(new Extension(FhirCodes.EXT_URGENT_REVIEW, new BooleanType(b.urgentReview())));
        b.redFlagsAnsweredYes().forEach(flag -> {
            Extension answer = new Extension(FhirCodes.EXT_RED_FLAG_ANSWER);
            answer.addExtension("flag", new Coding(FhirCodes.RED_FLAG, flag.id(), flag.question()));
            answer.addExtension("answer", new BooleanType(true));
            a.addExtension(answer);
        });
        if (b.urgentReview()) {
            a.setComment("Red flag answered yes: staff review this booking urgently and contact the patient.");
        }
        narrative(
                a.getText(),
                b.reference() + ": " + a.getDescription() + ", " + b.status().code() + " at "
                        + a.getStartElement().getValueAsString());
        return a;
    }

    static Extension priorImaging(SystemBookings.PriorScan scan) {
        Extension e = new Extension(FhirCodes.EXT_PRIOR_IMAGING);
        e.addExtension(
                "modality", new Coding(FhirCodes.MODALITY, scan.modality().name(), null));
        e.addExtension("region", new Coding(FhirCodes.BODY_REGION, scan.region().name(), null));
        e.addExtension("performedOn", date(scan.performedOn()));
        return e;
    }

    private static Extension prerequisite(SystemBookings.RequiredScan scan) {
        Extension e = new Extension(FhirCodes.EXT_IMAGING_PREREQUISITE);
        e.addExtension(
                "modality", new Coding(FhirCodes.MODALITY, scan.modality().name(), null));
        e.addExtension("region", new Coding(FhirCodes.BODY_REGION, scan.region().name(), null));
        e.addExtension(
                "status",
                new Coding(FhirCodes.PREREQUISITE_STATUS, scan.status().name(), null));
        if (scan.dueBy() != null) {
            e.addExtension("dueBy", date(scan.dueBy()));
        }
        e.addExtension("necessity", new StringType(scan.necessity().name()));
        if (scan.description() != null) {
            e.addExtension("description", new StringType(scan.description()));
        }
        return e;
    }

    CodeableConcept serviceType(ConsultationType type) {
        return new CodeableConcept(new Coding(FhirCodes.CONSULTATION_TYPE, type.name(), name(type)));
    }

    CodeableConcept condition(String conditionId) {
        CodeableConcept concept = new CodeableConcept();
        catalogue
                .condition(conditionId)
                .ifPresentOrElse(
                        c -> {
                            concept.addCoding(new Coding(FhirCodes.CONDITION, c.id(), c.name()));
                            c.snomedCodes().forEach(code -> concept.addCoding()
                                    .setSystem(FhirCodes.SNOMED)
                                    .setCode(code));
                            concept.setText(c.name());
                        },
                        () -> concept.addCoding(new Coding(FhirCodes.CONDITION, conditionId, null)));
        return concept;
    }

    String name(ConsultationType type) {
        return catalogue.consultationType(type).name();
    }

    static String serviceId(ConsultationType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static DateTimeType dateTime(OffsetDateTime time) {
        DateTimeType value = new DateTimeType(Date.from(time.toInstant()));
        value.setTimeZone(TimeZone.getTimeZone(time.getOffset()));
        return value;
    }

    static org.hl7.fhir.r4.model.InstantType instant(OffsetDateTime time) {
        var value = new org.hl7.fhir.r4.model.InstantType(Date.from(time.toInstant()));
        value.setTimeZone(TimeZone.getTimeZone(time.getOffset()));
        return value;
    }

    /** Null for none: an erased patient has no date of birth (ADR 0212). */
    private static DateType date(LocalDate date) {
        return date == null ? null : new DateType(date.toString());
    }

    private static void narrative(Narrative text, String summary) {
        text.setStatus(Narrative.NarrativeStatus.GENERATED);
        text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + HtmlUtils.htmlEscape(summary) + "</div>");
    }
}
