package io.spinecare.booking.outbox;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single place where events are written. A feature passes the update that changes its
 * document, and the events are pushed onto that document's {@code outbox} in the same atomic
 * write, so an event exists exactly when its change committed (invariant 2). A relay (issue 4)
 * publishes the entries and then pulls them by id; features never need to know about it.
 */
@Component
public class Outbox {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final JsonMapper json;
    private final Clock clock;

    public Outbox(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Adds the events to an update of the document they belong to. */
    public Update record(Update update, BookingEvent... events) {
        update.push(OutboxEntry.FIELD).each(entries(events).toArray());
        return update;
    }

    /** The outbox of a document that is being inserted. */
    public List<OutboxEntry> entries(BookingEvent... events) {
        return Arrays.stream(events).map(this::entryFor).toList();
    }

    private OutboxEntry entryFor(BookingEvent event) {
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                event.topic(),
                event.subject(),
                event.type(),
                event.subject(),
                clock.instant(),
                json.convertValue(event.body(), JSON_OBJECT));
    }
}
