package io.spinecare.booking.patient;

import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public: who treats what. Availability details stay on the desk side. */
@RestController
class SpecialistController implements SpecialistApiDocs {

    private final Specialists specialists;

    SpecialistController(Specialists specialists) {
        this.specialists = specialists;
    }

    @GetMapping("/api/specialists")
    @Override
    public List<PublicSpecialist> list(@RequestParam(required = false) String conditionId) {
        return specialists.list(conditionId).stream().map(PublicSpecialist::of).toList();
    }

    record PublicSpecialist(
            String id,
            String name,
            String subSpecialty,
            List<String> conditionIds,
            List<io.spinecare.content.ConsultationType> consultationTypes,
            List<ConsultationMode> modes,
            String location) {

        static PublicSpecialist of(Specialist s) {
            return new PublicSpecialist(
                    s.id(),
                    s.name(),
                    s.subSpecialty(),
                    s.conditionIds(),
                    s.consultationTypes(),
                    s.modes(),
                    s.location());
        }
    }
}
