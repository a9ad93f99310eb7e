package io.spinecare.booking.specialist;

import io.spinecare.content.ConsultationType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A spine specialist of the clinic: what they treat, how they consult, and when. */
@Document("specialists")
public record Specialist(
        @Id String id,
        String name,
        String subSpecialty,
        List<String> conditionIds,
        List<ConsultationType> consultationTypes,
        List<ConsultationMode> modes,
        String location,
        Availability availability,
        Instant updatedAt) {

    public Specialist {
        conditionIds = List.copyOf(conditionIds);
        consultationTypes = List.copyOf(consultationTypes);
        modes = List.copyOf(modes);
    }

    public boolean treats(String conditionId) {
        return conditionIds.contains(conditionId);
    }

    public boolean offers(ConsultationType consultationType) {
        return consultationTypes.contains(consultationType);
    }

    Specialist withAvailability(Availability next, Instant now) {
        return new Specialist(id, name, subSpecialty, conditionIds, consultationTypes, modes, location, next, now);
    }
}
