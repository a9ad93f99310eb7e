package io.spinecare.notification.contact;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks booking-service for the contact details of one appointment's or one waitlist offer's patient (ADR 0212).
 * Empty when booking-service knows none (the patient was erased, or the id is unknown): there is no one to write to.
 * Throws {@link ContactUnavailableException} when it cannot tell, so the event is retried, never dropped.
 */
@Component
public class BookingContacts {

    /** Name, addresses and chosen channels; never logged. */
    public record Contact(String name, String email, String phone, List<String> channels) {}

    private final ContactProperties settings;
    private final HttpClient http;
    private final ServiceToken token;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    BookingContacts(ContactProperties settings, HttpClient contactHttpClient, ServiceToken token) {
        this.settings = settings;
        this.http = contactHttpClient;
        this.token = token;
    }

    public Optional<Contact> of(String appointmentId) {
        return fetch("/internal/appointments/" + URLEncoder.encode(appointmentId, StandardCharsets.UTF_8) + "/contact");
    }

    /** The patient a waitlist offer is for, asked the same way. */
    public Optional<Contact> ofWaitlistOffer(String offerId) {
        return fetch("/internal/waitlist-offers/" + URLEncoder.encode(offerId, StandardCharsets.UTF_8) + "/contact");
    }

    private Optional<Contact> fetch(String path) {
        HttpResponse<String> response = get(path);
        return switch (response.statusCode()) {
            case 200 -> Optional.of(json.readValue(response.body(), Contact.class));
            case 404 -> Optional.empty();
            case 401 -> {
                token.forget();
                throw new ContactUnavailableException("booking-service refused the service token");
            }
            default -> throw new ContactUnavailableException("booking-service answered " + response.statusCode());
        };
    }

    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(
                        settings.bookingServiceUrl().resolve(path))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + token.current())
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ContactUnavailableException("booking-service unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContactUnavailableException("interrupted while asking booking-service", e);
        }
    }
}
