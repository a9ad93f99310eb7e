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

    record AppointmentBooked(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.booked.v1";
        }
    }

    record PrerequisitesVerified(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.prerequisites-verified.v1";
        }
    }

    record AppointmentRescheduled(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.rescheduled.v1";
        }
    }

    record AppointmentCancelled(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.cancelled.v1";
        }
    }

    record AppointmentCheckedIn(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.checked-in.v1";
        }
    }

    record AppointmentCompleted(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.completed.v1";
        }
    }

    record AppointmentMissed(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.no-show.v1";
        }
    }

    record AppointmentStatusCorrected(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.status-corrected.v1";
        }
    }

    /** An urgent red flag was answered yes: a specialist must review the booking (ADR 0210). */
    record UrgentReviewRequested(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.urgent-review-requested.v1";
        }
    }

    /** Staff have read the red-flag answers of an urgent booking and taken charge of it. */
    record UrgentReviewAcknowledged(AppointmentEvent body) implements AppointmentFact {
        public String type() {
            return "io.spinecare.appointment.urgent-review-acknowledged.v1";
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
