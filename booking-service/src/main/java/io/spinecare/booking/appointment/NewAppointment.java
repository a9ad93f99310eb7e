package io.spinecare.booking.appointment;

import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Scan;
import java.util.List;
import java.util.Map;

/**
 * What a booking decided a new appointment is: the slot it took and its specialist, what it is for and for whom,
 * and what the rules made of the answers (prerequisites, status, and the triage, null when routine).
 * {@link Appointment#book} adds the bookkeeping every new appointment starts with.
 */
public record NewAppointment(
        String id,
        SlotView slot,
        Specialist specialist,
        ConsultationType consultationType,
        String conditionId,
        String catalogueVersion,
        Appointment.Patient patient,
        List<Scan> imaging,
        List<Prerequisite> prerequisites,
        Map<String, Boolean> redFlags,
        UrgentCare triage,
        AppointmentStatus status,
        String tokenHash) {}
