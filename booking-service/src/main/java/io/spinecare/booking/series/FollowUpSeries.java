package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.content.BodyRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The follow-up visits planned from one recorded surgery (ADR 0226). While {@code PROPOSED} each visit
 * holds a slot tentatively (or none: listed for the desk); {@code confirming} marks the one confirmation
 * under way; once {@code CONFIRMED} each visit is an appointment of its own.
 */
@Document("followup-series")
public record FollowUpSeries(
        @Id String id,
        String revision,
        long version,
        String appointmentId,
        Appointment.Patient patient,
        String conditionId,
        String procedureId,
        LocalDate surgeryDate,
        String surgeonId,
        BodyRegion region,
        SeriesStatus status,
        Confirming confirming,
        List<SeriesVisit> visits,
        int tokenGeneration,
        Instant createdAt,
        List<OutboxEntry> outbox) {

    public enum SeriesStatus {
        PROPOSED,
        CONFIRMED,
        CANCELLED
    }

    /** A confirmation under way: only the operation that set the mark may complete it. */
    public record Confirming(String op, Instant since) {}

    public static String idFor(String appointmentId) {
        return "series-" + appointmentId;
    }

    public SeriesVisit visit(String visitId) {
        return visits.stream()
                .filter(v -> v.visitId().equals(visitId))
                .findFirst()
                .orElse(null);
    }

    public boolean complete() {
        return visits.stream().allMatch(SeriesVisit::planned);
    }

    /**
     * The series planned from a surgery recorded at {@code appointment}: proposed, the patient copied from
     * that appointment (the copy confirmed visits are booked for; erasure removes it).
     */
    static FollowUpSeries proposed(
            Appointment appointment, SeriesPlanner.Surgery surgery, List<SeriesVisit> visits, Instant now) {
        SeriesDraft d = new SeriesDraft(idFor(appointment.id()), now);
        d.appointmentId = appointment.id();
        d.patient = appointment.patient();
        d.conditionId = appointment.conditionId();
        d.procedureId = surgery.procedureId();
        d.surgeryDate = surgery.date();
        d.surgeonId = surgery.surgeonId();
        d.region = surgery.region();
        d.visits = List.copyOf(visits);
        return d.build();
    }

    FollowUpSeries withVisits(UnaryOperator<SeriesVisit> change) {
        return with(d -> d.visits = visits.stream().map(change).toList());
    }

    FollowUpSeries withOutbox(List<OutboxEntry> events) {
        return with(d -> d.outbox = events);
    }

    /** Marks the one confirmation under way ({@code null}: clears the mark). */
    FollowUpSeries confirming(Confirming mark) {
        return with(d -> d.confirming = mark);
    }

    /** The confirmation committed: every visit is an appointment now, the mark goes. */
    FollowUpSeries confirmed() {
        return with(d -> {
            d.status = SeriesStatus.CONFIRMED;
            d.confirming = null;
        });
    }

    FollowUpSeries cancelled() {
        return with(d -> {
            d.status = SeriesStatus.CANCELLED;
            d.confirming = null;
        });
    }

    /**
     * The patient erased (ADR 0212): the copy of the contact details goes, and a proposal is cancelled so
     * that nothing can be confirmed for a patient who is no longer known. Confirmed visits stay.
     */
    FollowUpSeries erased() {
        return with(d -> {
            d.patient = null;
            if (d.status == SeriesStatus.PROPOSED) {
                d.status = SeriesStatus.CANCELLED;
            }
        });
    }

    private FollowUpSeries with(Consumer<SeriesDraft> change) {
        SeriesDraft draft = new SeriesDraft(this);
        change.accept(draft);
        return draft.build();
    }
}
