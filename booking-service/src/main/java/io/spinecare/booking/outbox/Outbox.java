package io.spinecare.booking.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single place where events are written. A feature passes the update that changes its
 * document, and the events are pushed onto that document's {@code outbox} in the same atomic
 * write, so an event exists exactly when its change committed (invariant 2). After the write the
 * feature says {@link #committed}, and the relay publishes the entries and pulls them by id.
 */
@Component
public class Outbox {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    /** A document whose write with new outbox entries has committed. */
    public record Committed(String collection, Object id) {}

    private final JsonMapper json;
    private final Clock clock;
    private final EventTracing tracing;
    private final BlockingQueue<Committed> committed = new LinkedBlockingQueue<>();

    public Outbox(JsonMapper json, Clock clock, EventTracing tracing) {
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
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

    /**
     * Called after a write that recorded events has committed: wakes this instance's relay, which
     * publishes the document at once instead of waiting for its next sweep.
     */
    public void committed(String collection, Object id) {
        committed.offer(new Committed(collection, id));
    }

    /** Waits up to {@code max} for committed documents; returns them all, each once. */
    Set<Committed> awaitCommitted(Duration max) throws InterruptedException {
        Set<Committed> batch = new LinkedHashSet<>();
        Committed first = committed.poll(max.toNanos(), TimeUnit.NANOSECONDS);
        if (first != null) {
            batch.add(first);
            List<Committed> more = new ArrayList<>();
            committed.drainTo(more);
            batch.addAll(more);
        }
        return batch;
    }

    private OutboxEntry entryFor(BookingEvent event) {
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                event.topic(),
                event.subject(),
                event.type(),
                event.subject(),
                clock.instant(),
                json.convertValue(event.body(), JSON_OBJECT),
                tracing.current());
    }
}
