package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.managetoken.ManageTokenSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The patient's manage token for an appointment (ADR 0207): signed for the appointment's id and token generation
 * by the signer notification-service puts in links too, so a reschedule (a new generation) makes every older token
 * worthless. Only a hash of an issued token is stored.
 */
@Component
class ManageTokens {

    private final ManageTokenSigner signer;

    ManageTokens(ManageTokenSigner signer) {
        this.signer = signer;
    }

    /** The token for this generation of the appointment, signed with the current key. */
    String derive(String appointmentId, int generation) {
        return signer.sign(appointmentId, generation);
    }

    /** Whether the presented token is valid for the appointment's current generation; false for no appointment. */
    boolean matches(String presentedToken, Appointment appointment) {
        return appointment == null
                ? matches(presentedToken, null, 0)
                : matches(presentedToken, appointment.id(), appointment.tokenGeneration());
    }

    /** As above for any subject holding a token generation (a follow-up series); a null id never matches. */
    boolean matches(String presentedToken, String subjectId, int currentGeneration) {
        return signer.matches(presentedToken, subjectId, currentGeneration);
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
}
