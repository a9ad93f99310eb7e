package io.spinecare.booking.repair;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.outbox.EventStream;
import io.spinecare.booking.patient.SeriesLinks;
import io.spinecare.booking.series.SeriesRepair;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.OwnershipInvariants;
import io.spinecare.booking.support.TestTimes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Model-based check of invariants 1, 2, 3 and 5. Each run generates a random history of rounds;
 * a round fires a batch of requests at the same instant on real threads over HTTP: holds,
 * bookings (with and without a hold), retries with the same Idempotency-Key, cancellations,
 * reschedules submitted several times at once, desk check-in, no-show, block and release, waitlist
 * offers accepted or declined (two waiting patients, offered slots by the matcher running beside the
 * requests), in some runs a follow-up series planned onto the same slots (confirm all, move a visit,
 * cancel it, each possibly several times at once), and sometimes a crash armed at one of the crash
 * points. After every run the stored slots and
 * appointments must satisfy the invariants before and after the reconciler's repair, and at the
 * end every appointment's events must be exactly its history; a series is booked all or none. Seeds are printed on failure;
 * {@code -Dmodel.seed=N -Dmodel.runs=1} replays one, {@code -Dmodel.runs=500} searches deeper.
 */
class SlotOwnershipModelTest extends IntegrationTest {

    private static final int RUNS = Integer.getInteger("model.runs", 60);
    private static final long FIRST_SEED = Long.getLong("model.seed", System.nanoTime() % 1_000_000);
    private static final int SLOTS = 4;
    private static final List<String> CRASH_POINTS = List.of(
            CrashPoints.AFTER_SLOT_CLAIMED,
            CrashPoints.AFTER_RESCHEDULE_SLOT_CLAIMED,
            CrashPoints.AFTER_RESCHEDULE_RECORDED,
            CrashPoints.AFTER_CANCEL_RECORDED);

    @Autowired
    ArmedCrashPoints crashPoints;

    @Autowired
    SlotReconciler reconciler;

    @Autowired
    SeriesRepair seriesRepair;

    @Autowired
    ApplicationContext context;

    @Autowired
    io.spinecare.managetoken.ManageTokenSigner tokens;

    /** History actions and the event each one announces. */
    private static final Map<String, String> EVENT_OF = Map.of(
            "BOOKED", "io.spinecare.appointment.booked.v2",
            "RESCHEDULED", "io.spinecare.appointment.rescheduled.v2",
            "CANCELLED", "io.spinecare.appointment.cancelled.v2",
            "CHECKED_IN", "io.spinecare.appointment.checked-in.v2",
            "NO_SHOW", "io.spinecare.appointment.no-show.v2");

    @AfterEach
    void disarm() {
        crashPoints.disarm();
    }

    @Test
    void noGeneratedHistoryOfRetriesRacesAndCrashesGivesASlotToTwoAppointmentsOrLosesOne() {
        Map<String, List<String>> expectedEvents = new LinkedHashMap<>();
        Map<String, Long> seedOf = new HashMap<>();
        long started = System.nanoTime();
        try (EventStream stream = EventStream.fromNow()) {
            for (int run = 0; run < RUNS; run++) {
                long seed = FIRST_SEED + run;
                ModelRun model = new ModelRun(seed, "model-" + seed);
                try {
                    model.play();
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(
                            "model run %d failed after %.1f s; replay with -Dmodel.seed=%d -Dmodel.runs=1: %s"
                                    .formatted(run + 1, (System.nanoTime() - started) / 1e9, seed, e.getMessage()),
                            e);
                }
                model.appointmentIds().forEach(id -> {
                    expectedEvents.put(id, eventsFromHistory(id));
                    seedOf.put(id, seed);
                });
            }
            List<EventStream.Received> received = stream.awaitUntil(
                    all -> receivedPerAppointment(all).keySet().containsAll(withEvents(expectedEvents)),
                    Duration.ofSeconds(60));
            Map<String, List<String>> actual = receivedPerAppointment(received);
            expectedEvents.forEach((id, expected) -> assertThat(actual.getOrDefault(id, List.of()))
                    .as("events of appointment %s (replay with -Dmodel.seed=%s -Dmodel.runs=1)", id, seedOf.get(id))
                    .isEqualTo(expected));
        }
    }

    private List<String> eventsFromHistory(String appointmentId) {
        Document stored = mongo.getCollection("appointments")
                .find(new Document("_id", appointmentId))
                .first();
        return stored.getList("history", Document.class).stream()
                .map(line -> line.getString("action"))
                .filter(EVENT_OF::containsKey)
                .map(EVENT_OF::get)
                .toList();
    }

    private static List<String> withEvents(Map<String, List<String>> expected) {
        return expected.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Appointment events per subject, in order, each event id once (delivery is at-least-once). */
    private static Map<String, List<String>> receivedPerAppointment(List<EventStream.Received> received) {
        Map<String, List<String>> perSubject = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (EventStream.Received event : received) {
            if (event.type().startsWith("io.spinecare.appointment.") && seen.add(event.id())) {
                perSubject
                        .computeIfAbsent(event.subject(), k -> new ArrayList<>())
                        .add(event.type());
            }
        }
        return perSubject;
    }

    /** One generated history against one specialist's fresh slots. */
    private final class ModelRun {

        private final Random random;
        private final long seed;
        private final String specialistId;
        private final List<String> slotIds = new ArrayList<>();
        private final List<Known> appointments = new ArrayList<>();
        private final List<String> holds = new ArrayList<>();
        private final List<Map<String, Object>> keyedRequests = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private String seriesId; // null: this run plans no follow-up series
        private final List<String> waitlistEntries = new ArrayList<>();

        ModelRun(long seed, String specialistId) {
            this.seed = seed;
            this.random = new Random(seed);
            this.specialistId = specialistId;
        }

        /** What the model knows of a booked appointment: how a patient reaches it. */
        private final class Known {
            final String id;
            final String reference;
            volatile String token;

            Known(Api.Reply booked) {
                id = booked.string("id");
                reference = booked.string("reference");
                token = booked.string("manageToken");
            }

            /** Booked from a waitlist offer: its manage token went by e-mail only. */
            Known(String id, String reference) {
                this.id = id;
                this.reference = reference;
            }
        }

        List<String> appointmentIds() {
            return appointments.stream().map(known -> known.id).toList();
        }

        void play() {
            clock.set(TestTimes.NOW);
            List<String> day = fixtures.slotsOn(specialistId, Fixtures.CLINIC_DAY);
            slotIds.addAll(day.subList(0, SLOTS));
            if (random.nextInt(3) == 0) {
                planSeries(day.get(SLOTS));
            }
            for (String patient : List.of("first", "second")) {
                waitlistEntries.add(joinWaitlist(patient + "-" + seed + "@example.org"));
            }
            int rounds = 3 + random.nextInt(4);
            for (int round = 0; round < rounds; round++) {
                boolean crash = random.nextInt(4) == 0;
                if (crash) {
                    List<String> points = seriesId == null ? CRASH_POINTS : SeriesInvariants.withSeries(CRASH_POINTS);
                    crashPoints.arm(points.get(random.nextInt(points.size())));
                }
                List<Supplier<Outcome>> batch = batch();
                List<Outcome> outcomes =
                        Concurrently.run(batch.size(), i -> batch.get(i).get());
                crashPoints.disarm();
                long serverErrors =
                        outcomes.stream().filter(o -> o.status() >= 500).count();
                assertThat(serverErrors)
                        .as("5xx answers without a crash: %s", outcomes)
                        .isLessThanOrEqualTo(crash ? 1 : 0);
                learn(outcomes);
                checkOwnership(false);
            }
            clock.advance(Duration.ofMinutes(4)); // past the repair grace period
            seriesRepair.repair();
            reconciler.repair();
            checkOwnership(true);
            // this run's patients leave the list, so later runs' sweeps do not search for them
            mongo.getCollection("waitlist")
                    .updateMany(
                            new Document("_id", new Document("$in", waitlistEntries)),
                            new Document("$set", new Document("state", "LEFT")));
        }

        private List<Supplier<Outcome>> batch() {
            List<Supplier<Outcome>> batch = new ArrayList<>();
            int size = 2 + random.nextInt(6);
            while (batch.size() < size) {
                int kind = random.nextInt(seriesId == null ? 12 : 15);
                switch (kind) {
                    case 10 -> openOffer().ifPresent(offer -> batch.addAll(duplicated(answer(offer, "accept"))));
                    case 11 -> openOffer().ifPresent(offer -> batch.addAll(duplicated(answer(offer, "decline"))));
                    case 0 -> batch.add(hold(slot()));
                    case 1, 2 -> batch.addAll(duplicated(book(slot(), keyedOrNot(), null)));
                    case 3 -> {
                        if (!holds.isEmpty()) {
                            String[] hold =
                                    holds.remove(random.nextInt(holds.size())).split(" ");
                            batch.addAll(duplicated(book(hold[0], keyedOrNot(), hold[1])));
                        }
                    }
                    case 4 -> {
                        if (!keyedRequests.isEmpty()) { // a client retrying an earlier request
                            int i = random.nextInt(keyedRequests.size());
                            batch.addAll(duplicated(send(keyedRequests.get(i), keys.get(i))));
                        }
                    }
                    case 5, 6 -> known().ifPresent(a -> batch.addAll(duplicated(reschedule(a, slot()))));
                    case 7 -> known().ifPresent(a -> batch.addAll(duplicated(cancel(a))));
                    case 8 ->
                        known().ifPresent(a -> batch.add(desk(a.id, random.nextBoolean() ? "check-in" : "no-show")));
                    case 12 -> batch.addAll(duplicated(seriesCall("confirm", null)));
                    case 13 -> batch.addAll(duplicated(seriesCall("visits/wound-check/move", slot())));
                    case 14 -> {
                        if (random.nextInt(3) == 0) { // rarely: a cancelled series ends the series' part of the run
                            batch.addAll(duplicated(seriesCall("cancel", null)));
                        }
                    }
                    default -> batch.add(random.nextBoolean() ? block(slot()) : release(slot()));
                }
            }
            return batch;
        }

        /** The same request one to four times at once: a double click or an impatient client. */
        private List<Supplier<Outcome>> duplicated(Supplier<Outcome> request) {
            int copies = 1 + random.nextInt(4);
            List<Supplier<Outcome>> copiesOf = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                copiesOf.add(request);
            }
            return copiesOf;
        }

        private String slot() {
            return slotIds.get(random.nextInt(slotIds.size()));
        }

        private java.util.Optional<Known> known() {
            return appointments.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(appointments.get(random.nextInt(appointments.size())));
        }

        private String keyedOrNot() {
            return random.nextInt(3) == 0 ? null : "model-" + seed + "-" + random.nextInt(1_000_000);
        }

        private Supplier<Outcome> hold(String slotId) {
            return () -> new Outcome("hold", slotId, api.postEmpty("/api/slots/" + slotId + "/hold"));
        }

        private Supplier<Outcome> book(String slotId, String key, String holdId) {
            var request = booking(slotId);
            if (holdId != null) {
                request.hold(holdId);
            }
            Map<String, Object> body = request.build();
            if (key != null) {
                keyedRequests.add(body);
                keys.add(key);
            }
            return send(body, key);
        }

        private Supplier<Outcome> send(Map<String, Object> body, String key) {
            return () -> new Outcome(
                    "book",
                    (String) body.get("slotId"),
                    key == null
                            ? api.post("/api/appointments", body)
                            : api.post("/api/appointments", body, "Idempotency-Key", key));
        }

        private Supplier<Outcome> reschedule(Known appointment, String slotId) {
            String token = appointment.token;
            return () -> new Outcome(
                    "reschedule " + appointment.reference,
                    slotId,
                    api.post(
                            "/api/appointments/" + appointment.reference + "/reschedule",
                            map("slotId", slotId),
                            "X-Manage-Token",
                            token));
        }

        private Supplier<Outcome> cancel(Known appointment) {
            String token = appointment.token;
            return () -> new Outcome(
                    "cancel " + appointment.reference,
                    null,
                    api.postEmpty("/api/appointments/" + appointment.reference + "/cancel", "X-Manage-Token", token));
        }

        private Supplier<Outcome> desk(String appointmentId, String action) {
            return () ->
                    new Outcome(action, null, desk.postEmpty("/api/desk/appointments/" + appointmentId + "/" + action));
        }

        private String joinWaitlist(String email) {
            Api.Reply joined = api.post(
                    "/api/waitlist",
                    map(
                            "conditionId",
                            "herniated-disc",
                            "consultationType",
                            "NEW_CONSULTATION",
                            "specialistId",
                            specialistId,
                            "patient",
                            map(
                                    "name",
                                    "Asha Verma",
                                    "email",
                                    email,
                                    "phone",
                                    "+91 98765 43210",
                                    "dateOfBirth",
                                    "1978-04-12")));
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
            return joined.string("id");
        }

        /** An offer the matcher has made to this run's waiting patients and that is still open. */
        private java.util.Optional<String> openOffer() {
            List<String> open = new ArrayList<>();
            mongo.getCollection("waitlist-offers")
                    .find(new Document("entryId", new Document("$in", waitlistEntries)).append("state", "OPEN"))
                    .forEach(offer -> open.add(offer.getString("_id")));
            return open.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(open.get(random.nextInt(open.size())));
        }

        private Supplier<Outcome> answer(String offerId, String action) {
            String token = tokens.sign("waitlist-offer:" + offerId, 1);
            return () -> new Outcome(
                    action,
                    offerId,
                    api.postEmpty("/api/waitlist/offers/" + offerId + "/" + action, "X-Manage-Token", token));
        }

        private Supplier<Outcome> block(String slotId) {
            return () -> new Outcome(
                    "block", slotId, desk.post("/api/desk/slots/" + slotId + "/block", map("reason", "theatre")));
        }

        private Supplier<Outcome> release(String slotId) {
            return () -> new Outcome("release", slotId, desk.postEmpty("/api/desk/slots/" + slotId + "/release"));
        }

        /** Takes in what the answers taught: new appointments, new holds, rotated tokens. */
        private void learn(List<Outcome> outcomes) {
            Map<String, Long> movedPerAppointment = new HashMap<>();
            for (Outcome outcome : outcomes) {
                Api.Reply reply = outcome.reply;
                if (outcome.action.equals("hold") && reply.status() == 201) {
                    holds.add(outcome.slotId + " " + reply.string("holdId"));
                } else if (outcome.action.equals("book") && reply.status() == 201) {
                    String id = reply.string("id");
                    if (appointments.stream().noneMatch(a -> a.id.equals(id))) {
                        appointments.add(new Known(reply));
                    }
                } else if (outcome.action.equals("accept") && reply.status() == 200) {
                    String id = reply.body().path("appointment").path("id").asString();
                    if (appointments.stream().noneMatch(a -> a.id.equals(id))) {
                        appointments.add(new Known(
                                id,
                                reply.body()
                                        .path("appointment")
                                        .path("reference")
                                        .asString()));
                    }
                } else if (outcome.action.startsWith("reschedule") && reply.status() == 200) {
                    movedPerAppointment.merge(outcome.action, 1L, Long::sum);
                    appointments.stream()
                            .filter(a -> a.reference.equals(reply.string("reference")))
                            .forEach(a -> a.token = reply.string("manageToken"));
                }
            }
            movedPerAppointment.forEach((action, moves) -> assertThat(moves)
                    .as("identical reschedules that took effect: %s", action)
                    .isEqualTo(1L));
        }

        private void checkOwnership(boolean repaired) {
            OwnershipInvariants.check(mongo, specialistId, repaired);
            if (seriesId != null) {
                SeriesInvariants.check(mongo, seriesId, SeriesInvariants.patientOf(seed));
            }
            for (String entry : waitlistEntries) {
                assertThat(mongo.getCollection("waitlist-offers")
                                .countDocuments(new Document("entryId", entry).append("state", "OPEN")))
                        .as("open offers of waitlist entry %s", entry)
                        .isLessThanOrEqualTo(1);
            }
        }

        /**
         * A microdiscectomy two weeks before the clinic day: its wound check falls on the model's slots,
         * its later reviews on slots of their own. The surgery is recorded at a booked appointment.
         */
        private void planSeries(String originSlot) {
            SeriesInvariants.offerPostOperative(desk, specialistId);
            for (String day : List.of("2030-07-03", "2030-08-22")) {
                Api.Reply generated = desk.post(
                        "/api/desk/slots/generate", map("specialistId", specialistId, "from", day, "to", day));
                assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
            }
            Api.Reply origin = api.post(
                    "/api/appointments",
                    booking(originSlot)
                            .patientName(SeriesInvariants.patientOf(seed))
                            .build());
            assertThat(origin.status()).as(origin.toString()).isEqualTo(201);
            appointments.add(new Known(origin));
            Api.Reply planned = desk.post(
                    "/api/desk/appointments/" + origin.string("id") + "/surgery",
                    map(
                            "procedureId",
                            "microdiscectomy",
                            "date",
                            Fixtures.CLINIC_DAY.minusDays(14),
                            "surgeonId",
                            specialistId,
                            "region",
                            "LUMBAR"));
            assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
            seriesId = planned.string("id");
        }

        /** The patient's series link: confirm, move the wound check to {@code slotId}, or cancel. */
        private Supplier<Outcome> seriesCall(String operation, String slotId) {
            String token = SeriesLinks.token(context, seriesId);
            String path = "/api/series/" + seriesId + "/" + operation;
            return () -> new Outcome(
                    "series " + operation,
                    slotId,
                    slotId == null
                            ? api.postEmpty(path, "X-Manage-Token", token)
                            : api.post(path, map("slotId", slotId), "X-Manage-Token", token));
        }
    }

    private record Outcome(String action, String slotId, Api.Reply reply) {
        int status() {
            return reply.status();
        }

        @Override
        public String toString() {
            return action + " " + slotId + " -> " + reply.status();
        }
    }
}
