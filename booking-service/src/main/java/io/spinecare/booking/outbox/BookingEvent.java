package io.spinecare.booking.outbox;

/**
 * Every fact booking-service announces, one past-tense record each (docs/events.md). The type string
 * is the CloudEvents {@code ce_type}; the body is what consumers read.
 */
public sealed interface BookingEvent {

    String APPOINTMENTS_TOPIC = "spinecare.appointments";
    String SLOTS_TOPIC = "spinecare.slots";
    String WAITLIST_TOPIC = "spinecare.waitlist";

    String type();

    /** The appointment id or slot id: Kafka key and {@code ce_subject}. */
    String subject();

    String topic();

    Object body();

    /** Events about one appointment share its id as key, so consumers see them in order. */
    sealed interface AppointmentFact extends BookingEvent {
        AppointmentEvent body();

        @Override
        default String subject() {
            return body().appointmentId();
        }

        @Override
        default String topic() {
            return APPOINTMENTS_TOPIC;
        }
    }

    sealed interface SlotFact extends BookingEvent {
        SlotEvent body();

        @Override
        default String subject() {
            return body().slotId();
        }

        @Override
        default String topic() {
            return SLOTS_TOPIC;
        }
    }

    /** Events about one follow-up series share its id as key (ADR 0226). */
    sealed interface SeriesFact extends BookingEvent {
        SeriesEvent body();

        @Override
        default String subject() {
            return body().seriesId();
        }

        @Override
        default String topic() {
            return APPOINTMENTS_TOPIC;
        }
    }

    record SeriesPlanned(SeriesEvent body) implements SeriesFact {
        public String type() {
            return "io.spinecare.series.planned.v1";
        }
    }

    record SeriesConfirmed(SeriesEvent body) implements SeriesFact {
        public String type() {
            return "io.spinecare.series.confirmed.v1";
        }
    }

    record SeriesChanged(SeriesEvent body) implements SeriesFact {
        public String type() {
            return "io.spinecare.series.changed.v1";
        }
    }

    record AppointmentBooked(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.booked.v2";
        }
    }

    record PrerequisitesVerified(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.prerequisites-verified.v2";
        }
    }

    record AppointmentRescheduled(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.rescheduled.v2";
        }
    }

    record AppointmentCancelled(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.cancelled.v2";
        }
    }

    record AppointmentCheckedIn(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.checked-in.v2";
        }
    }

    record AppointmentCompleted(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.completed.v2";
        }
    }

    record AppointmentMissed(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.no-show.v2";
        }
    }

    record AppointmentStatusCorrected(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.status-corrected.v2";
        }
    }

    /** An urgent red flag was answered yes: a specialist must review the booking (ADR 0210). */
    record UrgentReviewRequested(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.urgent-review-requested.v2";
        }
    }

    /** Staff have read the red-flag answers of an urgent booking and taken charge of it. */
    record UrgentReviewAcknowledged(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.urgent-review-acknowledged.v2";
        }
    }

    /** Staff (or the retention job) erased the patient of this appointment (ADR 0212). */
    record PatientErased(PatientErasedEvent body) implements BookingEvent {
        public String type() {
            return "io.spinecare.patient.erased.v1";
        }

        @Override
        public String subject() {
            return body.appointmentId();
        }

        @Override
        public String topic() {
            return APPOINTMENTS_TOPIC;
        }
    }

    record SlotReleased(SlotEvent body) implements SlotFact {
        public String type() {
            return "io.spinecare.slot.released.v1";
        }
    }

    record SlotBlocked(SlotEvent body) implements SlotFact {
        public String type() {
            return "io.spinecare.slot.blocked.v1";
        }
    }

    /** Events about one waitlist offer share its id as key. */
    sealed interface WaitlistFact extends BookingEvent {
        WaitlistOfferEvent body();

        @Override
        default String subject() {
            return body().offerId();
        }

        @Override
        default String topic() {
            return WAITLIST_TOPIC;
        }
    }

    /** A freed slot is held for the longest-waiting matching waitlist entry, who may accept it until expiresAt. */
    record WaitlistOffered(WaitlistOfferEvent body) implements WaitlistFact {
        public String type() {
            return "io.spinecare.waitlist.offered.v1";
        }
    }

    record WaitlistOfferAccepted(WaitlistOfferEvent body) implements WaitlistFact {
        public String type() {
            return "io.spinecare.waitlist.accepted.v1";
        }
    }

    record WaitlistOfferDeclined(WaitlistOfferEvent body) implements WaitlistFact {
        public String type() {
            return "io.spinecare.waitlist.declined.v1";
        }
    }

    record WaitlistOfferExpired(WaitlistOfferEvent body) implements WaitlistFact {
        public String type() {
            return "io.spinecare.waitlist.expired.v1";
        }
    }
}
