package io.spinecare.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clinic as the benchmark sees it over HTTP: staff set up slots, patients book them. */
final class Clinic {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SLOT_ID =
            Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"specialistId\"[^}]*\"status\"\\s*:\\s*\"free\"");
    static final Pattern APPOINTMENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int DAYS = 30;

    private final String booking;
    private final String staffToken;

    /** Staff sign in at the gateway; setting up slots goes straight to booking-service (no time limit). */
    Clinic(String gateway, String booking) throws IOException, InterruptedException {
        this.booking = booking;
        String body = send(
                        "POST",
                        gateway + "/api/auth/token",
                        "{\"username\": \"desk\", \"password\": \"spinecare-desk\"}",
                        null)
                .body();
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no staff token: " + body);
        }
        staffToken = token.group(1);
    }

    /** A specialist seeing patients every day 07:00-21:00 in 30-minute slots (a new consultation takes 30) for the next 30 days. */
    List<String> specialistWithSlots(String id) throws IOException, InterruptedException {
        desk(
                "POST",
                "/api/desk/specialists",
                """
                {"id": "%s", "name": "Dr %s", "subSpecialty": "Benchmarks", "conditionIds": ["herniated-disc"],
                 "consultationTypes": ["NEW_CONSULTATION"], "modes": ["IN_PERSON"], "location": "Bench room"}"""
                        .formatted(id, id));
        StringBuilder weekly = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.append(weekly.isEmpty() ? "" : ",")
                    .append("{\"day\": \"%s\", \"start\": \"07:00\", \"end\": \"21:00\", \"slotMinutes\": 30}"
                            .formatted(day));
        }
        desk("PUT", "/api/desk/specialists/" + id + "/availability", "{\"weekly\": [" + weekly + "]}");
        LocalDate from = LocalDate.now().plusDays(1);
        for (int d = 0; d < DAYS; d += 5) {
            desk(
                    "POST",
                    "/api/desk/slots/generate",
                    "{\"specialistId\": \"%s\", \"from\": \"%s\", \"to\": \"%s\"}"
                            .formatted(id, from.plusDays(d), from.plusDays(d + 4)));
        }
        List<String> slots = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            String agenda = desk("GET", "/api/desk/agenda?specialistId=" + id + "&date=" + from.plusDays(d), null);
            Matcher slot = SLOT_ID.matcher(agenda);
            while (slot.find()) {
                slots.add(slot.group(1));
            }
        }
        return slots;
    }

    static String booking(String slotId, int patient) {
        return """
                {"slotId": "%s", "consultationType": "NEW_CONSULTATION", "conditionId": "herniated-disc",
                 "patient": {"name": "Bench Patient", "email": "%s", "phone": "+91 98765 43210",
                             "dateOfBirth": "1980-01-01"},
                 "imaging": [{"modality": "MRI", "region": "LUMBAR", "performedOn": "%s"}]}"""
                .formatted(slotId, address(patient), LocalDate.now().minusMonths(1));
    }

    /** The e-mail address of the benchmark's patient number {@code patient}. */
    static String address(int patient) {
        return "bench-" + patient + "@example.org";
    }

    HttpResponse<String> post(String base, String path, String json) {
        try {
            return send("POST", base + path, json, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 599;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 599;
        }
    }

    private String desk(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, booking + path, json, staffToken);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String method, String url, String json, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
