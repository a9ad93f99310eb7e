package io.spinecare.booking.series;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.patient.SeriesLinks;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.BookingBuilder;
import io.spinecare.booking.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** A clinic with a surgeon and a colleague seeing post-operative visits, and a patient just operated on. */
public final class SeriesClinic {

    static final String SURGEON = "dr-rao";
    static final String COLLEAGUE = "dr-sen";
    static final LocalDate SURGERY = LocalDate.of(2030, 6, 3);

    private final Api api;
    private final Api desk;
    private final Fixtures fixtures;
    private final ApplicationContext context;

    public SeriesClinic(Api api, Api desk, Fixtures fixtures, ApplicationContext context) {
        this.api = api;
        this.desk = desk;
        this.fixtures = fixtures;
        this.context = context;
    }

    public void specialists() {
        for (String id : List.of(SURGEON, COLLEAGUE)) {
            fixtures.specialist(id)
                    .with("consultationTypes", List.of("NEW_CONSULTATION", "FOLLOW_UP", "POST_OPERATIVE"))
                    .create();
            Api.Reply put = desk.put(
                    "/api/desk/specialists/" + id + "/availability", Fixtures.weekdays("09:00", "13:00", null));
            assertThat(put.status()).as(put.toString()).isBetween(200, 299);
        }
        slots(SURGEON, Fixtures.CLINIC_DAY, Fixtures.CLINIC_DAY);
    }

    void slots(String specialistId, LocalDate from, LocalDate to) {
        Api.Reply generated =
                desk.post("/api/desk/slots/generate", map("specialistId", specialistId, "from", from, "to", to));
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
    }

    /** Slots for both specialists in each fusion visit's window, except the windows left out. */
    public void slotsForFusion(String... leftOut) {
        List<String> skip = List.of(leftOut);
        record Window(String visit, LocalDate from, LocalDate to) {}
        for (Window w : List.of(
                new Window("wound-check", LocalDate.of(2030, 6, 14), LocalDate.of(2030, 6, 21)),
                new Window("review-6-weeks", LocalDate.of(2030, 7, 8), LocalDate.of(2030, 7, 22)),
                new Window("review-3-months", LocalDate.of(2030, 8, 20), LocalDate.of(2030, 9, 17)),
                new Window("review-6-months", LocalDate.of(2030, 11, 12), LocalDate.of(2030, 12, 24)),
                new Window("review-12-months", LocalDate.of(2031, 5, 3), LocalDate.of(2031, 7, 3)))) {
            if (!skip.contains(w.visit())) {
                slots(SURGEON, w.from(), w.to());
                slots(COLLEAGUE, w.from(), w.to());
            }
        }
    }

    /** The appointment at which the surgery was decided, for a patient of this name. */
    public String appointment(String patientName, int slotIndex) {
        String slot = fixtures.slotIds(SURGEON, Fixtures.CLINIC_DAY).get(slotIndex);
        Api.Reply booked = api.post(
                "/api/appointments",
                BookingBuilder.booking(slot)
                        .patientName(patientName)
                        .withRecentLumbarMri()
                        .build());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.string("id");
    }

    public Api.Reply recordFusion(String appointmentId) {
        return desk.post(
                "/api/desk/appointments/" + appointmentId + "/surgery",
                map("procedureId", "spinal-fusion", "date", SURGERY, "surgeonId", SURGEON, "region", "LUMBAR"));
    }

    String token(String seriesId) {
        return SeriesLinks.token(context, seriesId);
    }

    public Api.Reply confirm(String seriesId) {
        return api.postEmpty("/api/series/" + seriesId + "/confirm", "X-Manage-Token", token(seriesId));
    }

    Api.Reply move(String seriesId, String visitId, String slotId) {
        return api.post(
                "/api/series/" + seriesId + "/visits/" + visitId + "/move",
                map("slotId", slotId),
                "X-Manage-Token",
                token(seriesId));
    }

    static JsonNode visit(JsonNode series, String visitId) {
        for (JsonNode visit : series.path("visits")) {
            if (visit.path("visitId").asString().equals(visitId)) {
                return visit;
            }
        }
        throw new AssertionError("no visit " + visitId + " in " + series);
    }
}
