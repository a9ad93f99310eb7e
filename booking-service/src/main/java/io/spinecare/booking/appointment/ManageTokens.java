package io.spinecare.booking.appointment;

import io.spinecare.booking.system.ManageTokenSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The patient's manage token, derived as events.md says so notification-service can build the
 * same link: base64url(HMAC-SHA256(secret, appointmentId + ":" + tokenGeneration)). Only its
 * SHA-256 is stored, and tokens are compared in constant time. A new generation (reschedule)
 * makes every older token worthless.
 */
@Component
class ManageTokens {

    private final SecretKeySpec key;

    ManageTokens(ManageTokenSettings settings) {
        this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String derive(String appointmentId, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((appointmentId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Constant-time: the time taken says nothing about how much of the token was right. */
    static boolean matches(String presentedToken, String storedHash) {
        byte[] presented = hash(presentedToken == null ? "" : presentedToken).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = storedHash.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, stored);
    }
}
