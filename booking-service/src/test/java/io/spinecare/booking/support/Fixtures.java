package io.spinecare.booking.support;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a small clinic through the desk API, the way staff would. */
public final class Fixtures {

    /** Wednesday after {@link TestTimes#NOW}: well inside notice and horizon. */
    public static final LocalDate CLINIC_DAY = LocalDate.of(2030, 6, 5);

    private final Api desk;

    Fixtures(Api desk) {
        this.desk = desk;
    }

    public SpecialistBuilder specialist(String id) {
        return new SpecialistBuilder(id);
    }

    /** A specialist seeing patients 09:00-13:00 every weekday, with slots on {@link #CLINIC_DAY}. */
    public List<String> slotsOn(String specialistId, LocalDate day) {
        specialist(specialistId).create();
        desk.put("/api/desk/specialists/" + specialistId + "/availability", weekdays("09:00", "13:00", null));
        Api.Reply generated =
                desk.post("/api/desk/slots/generate", map("specialistId", specialistId, "from", day, "to", day));
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        return slotIds(specialistId, day);
    }

    public String oneSlot() {
        return slotsOn("dr-rao", CLINIC_DAY).get(0);
    }

    public List<String> slotIds(String specialistId, LocalDate day) {
        Api.Reply agenda = desk.get("/api/desk/agenda?date=" + day + "&specialistId=" + specialistId);
        assertThat(agenda.status()).as(agenda.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        agenda.body().path("slots").forEach(slot -> ids.add(slot.path("id").asString()));
        return ids;
    }

    public String slotStatus(String slotId) {
        String specialistId = slotId.substring(0, slotId.lastIndexOf('-'));
        String day = slotId.substring(slotId.lastIndexOf('-') + 1, slotId.lastIndexOf('-') + 9);
        LocalDate date = LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        for (LocalDate d : List.of(date.minusDays(1), date, date.plusDays(1))) {
            Api.Reply agenda = desk.get("/api/desk/agenda?date=" + d + "&specialistId=" + specialistId);
            for (var slot : agenda.body().path("slots")) {
                if (slot.path("id").asString().equals(slotId)) {
                    return slot.path("status").asString();
                }
            }
        }
        throw new AssertionError("no slot " + slotId);
    }

    public static Map<String, Object> weekdays(String start, String end, String zone) {
        List<Map<String, Object>> windows = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            windows.add(map("day", day, "start", start, "end", end, "slotMinutes", 30));
        }
        return map("zone", zone, "weekly", windows);
    }

    public final class SpecialistBuilder {
        private final Map<String, Object> body;

        SpecialistBuilder(String id) {
            body = map(
                    "id",
                    id,
                    "name",
                    "Dr " + id,
                    "subSpecialty",
                    "Endoscopic spine surgery",
                    "conditionIds",
                    List.of("herniated-disc", "sciatica", "spinal-stenosis"),
                    "consultationTypes",
                    List.of("NEW_CONSULTATION", "SECOND_OPINION", "FOLLOW_UP"),
                    "modes",
                    List.of("IN_PERSON", "VIDEO"),
                    "location",
                    "SpineCare Clinic, OPD 2");
        }

        public SpecialistBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public String create() {
            Api.Reply created = desk.post("/api/desk/specialists", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.string("id");
        }
    }
}
