package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.system.ManageTokenProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The patient's manage token (ADR 0207): {@code keyId + "." + base64url(HMAC-SHA256(key, appointmentId + ":" +
 * tokenGeneration))}. New tokens are signed with the current key; a token signed with the previous key is
 * still accepted. A token is checked by deriving it again for the appointment's current generation with the
 * key it names and comparing in constant time, so the token itself is never stored, and a reschedule (a new
 * generation) makes every older token worthless. Waitlist offers sign their links with the same keys, over a
 * subject that no appointment id can be (ADR 0222).
 */
@Component
public class ManageTokens {

    /** Used when the token names no key we hold or the reference is unknown, so every refusal costs the same. */
    private static final SecretKeySpec NO_KEY =
            new SecretKeySpec("no key has this id, so nothing matches".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    ManageTokens(ManageTokenProperties settings) {
        this.currentId = settings.current().id();
        keys.put(currentId, keyOf(settings.current()));
        if (settings.previous() != null) {
            keys.put(settings.previous().id(), keyOf(settings.previous()));
        }
    }

    /** The token for this generation of the appointment, signed with the current key. */
    public String derive(String appointmentId, int generation) {
        return currentId + "." + mac(keys.get(currentId), appointmentId, generation);
    }

    /** Whether the presented token is valid for the appointment's current generation; false for no appointment. */
    boolean matches(String presentedToken, Appointment appointment) {
        return appointment == null
                ? matches(presentedToken, null, 0)
                : matches(presentedToken, appointment.id(), appointment.tokenGeneration());
    }

    /** As above for an appointment id and its current generation; a null id stands for an unknown reference. */
    public boolean matches(String presentedToken, String appointmentId, int currentGeneration) {
        String presented = presentedToken == null ? "" : presentedToken.trim();
        int dot = presented.indexOf('.');
        SecretKeySpec key = dot > 0 ? keys.get(presented.substring(0, dot)) : null;
        String keyId = key == null ? "-" : presented.substring(0, dot);
        String expected = keyId + "."
                + mac(
                        key == null ? NO_KEY : key,
                        appointmentId == null ? "no appointment" : appointmentId,
                        currentGeneration);
        boolean equal = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
        return equal && key != null && appointmentId != null;
    }

    /** SHA-256 of an issued token, recorded on the appointment; the token itself is never stored. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static SecretKeySpec keyOf(ManageTokenProperties.Key key) {
        return new SecretKeySpec(key.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static String mac(SecretKeySpec key, String appointmentId, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((appointmentId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
