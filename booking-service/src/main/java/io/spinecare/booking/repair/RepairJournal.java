package io.spinecare.booking.repair;

import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.RandomTokens;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A note written before every change that spans an appointment and its slots, naming them, so the
 * reconciler checks exactly what changed recently instead of every slot ever booked. The
 * collection holds only the last few minutes of changes; each note goes once it has been checked.
 */
@Component
public class RepairJournal {

    @Document("repair-journal")
    public record Note(@Id String id, String appointmentId, List<String> slotIds, Instant checkAfter) {}

    private final MongoTemplate mongo;
    private final ClinicTime time;
    private final BookingProperties settings;

    RepairJournal(MongoTemplate mongo, ClinicTime time, BookingProperties settings) {
        this.mongo = mongo;
        this.time = time;
        this.settings = settings;
    }

    /** Before the first write of a change: the reconciler looks at it once the grace period has passed. */
    public Note note(String appointmentId, String... slotIds) {
        Instant checkAfter = time.now().plus(settings.repair().grace());
        return mongo.insert(new Note(RandomTokens.next(), appointmentId, List.of(slotIds), checkAfter));
    }

    /**
     * Runs the first write of a noted change. If it is refused, nothing was written: the note goes
     * too, so a refused request leaves no trace.
     */
    public <T> T firstWrite(Note note, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException refused) {
            checked(note);
            throw refused;
        }
    }

    /** Notes whose change should long have finished, oldest first. */
    List<Note> due(int limit) {
        Query due = Query.query(Criteria.where("checkAfter").lte(time.now())).limit(limit);
        return mongo.find(due, Note.class);
    }

    void checked(Note note) {
        mongo.remove(Query.query(Criteria.where("_id").is(note.id())), Note.class);
    }
}
