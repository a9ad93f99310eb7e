package io.spinecare.notification.message;

import io.spinecare.notification.system.ManageTokenProperties;
import io.spinecare.notification.system.NotificationProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Builds the patient's manage link. Events never carry the token, so it is derived exactly as
 * booking-service derives it (events.md): base64url-no-padding(HMAC-SHA256(secret, id + ":" + generation)).
 * The token is a secret: it goes into messages only, never into logs or the database.
 */
@Component
public class ManageLinks {

    private final SecretKeySpec key;
    private final String baseUrl;

    ManageLinks(ManageTokenProperties token, NotificationProperties properties) {
        this.key = new SecretKeySpec(token.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.baseUrl = properties.publicBaseUrl().toString().replaceAll("/+$", "");
    }

    public String linkFor(String appointmentId, String reference, int tokenGeneration) {
        return baseUrl + "/manage/" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "?token="
                + tokenFor(appointmentId, tokenGeneration);
    }

    String tokenFor(String appointmentId, int tokenGeneration) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((appointmentId + ":" + tokenGeneration).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
