package io.spinecare.notification.message;

import io.spinecare.managetoken.ManageTokenSigner;
import io.spinecare.notification.system.NotificationProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Builds the patient's manage link (ADR 0207). Events never carry the token, so it is signed here by the same
 * signer booking-service checks it with (the manage-token module). The token
 * travels in the fragment ({@code #token=}), which browsers never send to a server, log or pass on as referrer;
 * it goes into e-mail and SMS bodies only, never into logs, the database or a calendar file.
 */
@Component
public class ManageLinks {

    private final ManageTokenSigner signer;
    private final String baseUrl;

    ManageLinks(ManageTokenSigner signer, NotificationProperties properties) {
        this.signer = signer;
        this.baseUrl = properties.publicBaseUrl().toString().replaceAll("/+$", "");
    }

    /** The link that opens the appointment: the manage page with the token in the fragment. */
    public String linkFor(String appointmentId, String reference, int tokenGeneration) {
        return pageFor(reference) + "#token=" + tokenFor(appointmentId, tokenGeneration);
    }

    /**
     * The private link of a waitlist offer: its page with a token derived like a manage token over the subject
     * {@code waitlist-offer:<offerId>} (ADR 0222), in the fragment as for manage links.
     */
    public String offerLinkFor(String offerId) {
        return baseUrl + "/waitlist/offers/" + URLEncoder.encode(offerId, StandardCharsets.UTF_8) + "#token="
                + tokenFor("waitlist-offer:" + offerId, 1);
    }

    /** The manage page without a token, for places that are shared (calendars): it asks for the code. */
    public String pageFor(String reference) {
        return baseUrl + "/manage/" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    /** The series page with the series' token (ADR 0226: a manage token over the series id). */
    public String seriesLinkFor(String seriesId, int tokenGeneration) {
        return seriesPageFor(seriesId) + "#token=" + tokenFor(seriesId, tokenGeneration);
    }

    /** The series page without a token, for calendar files. */
    public String seriesPageFor(String seriesId) {
        return baseUrl + "/series/" + URLEncoder.encode(seriesId, StandardCharsets.UTF_8);
    }

    String tokenFor(String appointmentId, int tokenGeneration) {
        return signer.sign(appointmentId, tokenGeneration);
    }
}
