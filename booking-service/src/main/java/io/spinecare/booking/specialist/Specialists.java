package io.spinecare.booking.specialist;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.system.ClinicTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The directory of specialists: the one entry other features use to read them. */
@Service
public class Specialists {

    private final MongoTemplate mongo;
    private final ClinicTime time;

    Specialists(MongoTemplate mongo, ClinicTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    public Optional<Specialist> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Specialist.class));
    }

    public Specialist get(String id) {
        return find(id).orElseThrow(() -> BookingFailure.notFound(
                "specialist-not-found", "No such specialist", "There is no specialist '" + id + "'."));
    }

    /** All specialists, optionally only those treating a condition. The directory is small. */
    public List<Specialist> list(String conditionId) {
        List<Specialist> all = mongo.find(new Query().with(Sort.by("name")), Specialist.class);
        return conditionId == null
                ? all
                : all.stream().filter(s -> s.treats(conditionId)).toList();
    }

    public Specialist create(Specialist specialist) {
        try {
            return mongo.insert(specialist);
        } catch (DuplicateKeyException e) {
            throw BookingFailure.conflict(
                    "specialist-exists",
                    "That specialist id is taken",
                    "Choose another id than '" + specialist.id() + "'.");
        }
    }

    public Specialist replace(Specialist specialist) {
        get(specialist.id());
        return mongo.save(specialist);
    }

    public Specialist changeAvailability(String id, java.util.function.UnaryOperator<Availability> change) {
        Specialist current = get(id);
        return mongo.save(current.withAvailability(change.apply(current.availability()), time.now()));
    }
}
