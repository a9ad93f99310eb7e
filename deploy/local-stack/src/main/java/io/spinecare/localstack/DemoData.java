package io.spinecare.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On first start, publishes three specialists with weekly availability and three weeks of slots, through the
 * gateway's front-desk API as a member of staff would. A store that already has specialists is left alone.
 */
final class DemoData {

    /** The local profile's demo front-desk account (gateway/src/main/resources/application-local.yml). */
    static final String DESK_USER = "desk";

    static final String DESK_PASSWORD = "spinecare-desk";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private record DemoSpecialist(String id, String name, String subSpecialty, List<String> conditionIds) {}

    private static final List<DemoSpecialist> SPECIALISTS = List.of(
            new DemoSpecialist(
                    "dr-meera-iyer",
                    "Dr Meera Iyer",
                    "Endoscopic and microscopic disc surgery",
                    List.of("herniated-disc", "sciatica", "spinal-stenosis", "chronic-back-pain")),
            new DemoSpecialist(
                    "dr-arjun-rao",
                    "Dr Arjun Rao",
                    "Spinal deformity, instability and fusion",
                    List.of(
                            "scoliosis",
                            "spondylolisthesis",
                            "spinal-instability",
                            "degenerative-disc-disease",
                            "facet-joint-osteoarthritis",
                            "cervical-stenosis",
                            "cervical-disc-disease")),
            new DemoSpecialist(
                    "dr-kavita-menon",
                    "Dr Kavita Menon",
                    "Spinal tumours and vertebral fractures",
                    List.of("spinal-tumour", "vertebral-compression-fracture", "chronic-back-pain")));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;

    DemoData(String gatewayUrl) {
        this.gateway = gatewayUrl;
    }

    /** Returns true when it loaded the demo data, false when the store already had specialists. */
    boolean loadIfEmpty(LocalDate today) throws IOException, InterruptedException {
        String token = login();
        if (!send("GET", "/api/desk/specialists", null, token).matches("\\s*\\[\\s*]\\s*")) {
            return false;
        }
        for (DemoSpecialist specialist : SPECIALISTS) {
            send("POST", "/api/desk/specialists", specialistJson(specialist), token);
            send("PUT", "/api/desk/specialists/" + specialist.id() + "/availability", WEEKLY_HOURS, token);
            send(
                    "POST",
                    "/api/desk/slots/generate",
                    """
                    {"specialistId": "%s", "from": "%s", "to": "%s"}"""
                            .formatted(specialist.id(), today, today.plusWeeks(3)),
                    token);
        }
        return true;
    }

    private String login() throws IOException, InterruptedException {
        String body = send(
                "POST",
                "/api/auth/token",
                """
                {"username": "%s", "password": "%s"}""".formatted(DESK_USER, DESK_PASSWORD),
                null);
        Matcher matcher = ACCESS_TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("the gateway issued no token for the demo desk user");
        }
        return matcher.group(1);
    }

    private static String specialistJson(DemoSpecialist specialist) {
        return """
                {"id": "%s", "name": "%s", "subSpecialty": "%s", "conditionIds": [%s],
                 "consultationTypes": ["NEW_CONSULTATION", "SECOND_OPINION", "FOLLOW_UP", "PRE_OPERATIVE",
                                       "POST_OPERATIVE"],
                 "modes": ["IN_PERSON", "VIDEO"], "location": "SpineCare Clinic, Outpatients, Room %d"}"""
                .formatted(
                        specialist.id(),
                        specialist.name(),
                        specialist.subSpecialty(),
                        String.join(
                                ", ",
                                specialist.conditionIds().stream()
                                        .map(c -> "\"" + c + "\"")
                                        .toList()),
                        SPECIALISTS.indexOf(specialist) + 1);
    }

    /** Weekday mornings and afternoons, Saturday mornings in the clinic's zone; Thursday afternoons have 45-minute slots, long enough for a second opinion. */
    private static final String WEEKLY_HOURS =
            """
            {"weekly": [
              {"day": "MONDAY", "start": "09:00", "end": "13:00", "slotMinutes": 30},
              {"day": "MONDAY", "start": "14:00", "end": "17:00", "slotMinutes": 30},
              {"day": "TUESDAY", "start": "09:00", "end": "13:00", "slotMinutes": 30},
              {"day": "WEDNESDAY", "start": "09:00", "end": "13:00", "slotMinutes": 30},
              {"day": "WEDNESDAY", "start": "14:00", "end": "17:00", "slotMinutes": 30},
              {"day": "THURSDAY", "start": "14:00", "end": "17:00", "slotMinutes": 45},
              {"day": "FRIDAY", "start": "09:00", "end": "13:00", "slotMinutes": 30},
              {"day": "SATURDAY", "start": "09:00", "end": "12:00", "slotMinutes": 30}
            ]}""";

    private String send(String method, String path, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }
}
