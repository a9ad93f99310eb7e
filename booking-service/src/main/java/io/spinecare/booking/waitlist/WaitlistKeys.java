package io.spinecare.booking.waitlist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two waitlist requests the same (ADR 0221): the same contact (e-mail ignoring case, phone digits only),
 * condition, consultation type, specialist and window. The key is stored beside the entry, whose contact is stored
 * in clear anyway, and is never shown.
 */
final class WaitlistKeys {

    private WaitlistKeys() {}

    static String of(WaitlistRequest request) {
        String phoneDigits = request.patient().phone().replaceAll("[^0-9]", "");
        String identity = String.join(
                "\n",
                request.patient().email().strip().toLowerCase(Locale.ROOT),
                phoneDigits,
                request.conditionId(),
                request.consultationType().name(),
                Objects.toString(request.specialistId(), ""),
                Objects.toString(request.earliest(), ""),
                Objects.toString(request.latest(), ""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
