package io.spinecare.notification.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key with which manage links are signed, the same current key booking-service holds (ADR 0207). Only
 * the current key is needed here: this service signs new links and never checks old ones. There is no
 * default secret: the service refuses to start when {@code MANAGE_TOKEN_SECRET} is missing, shorter than
 * 32 bytes or a value published in the repository. The local stack generates a random one.
 */
@ConfigurationProperties("spinecare.manage-token")
public record ManageTokenProperties(Key current) {

    public static final int MIN_SECRET_BYTES = 32;

    /** Values that were, or still are, written in the repository as examples: known to everyone. */
    static final List<String> PUBLISHED_EXAMPLES = List.of(
            "dev-only-manage-token-secret-change-me-0123456789",
            "spinecare-local-development-secret-change-me",
            "change-me-to-a-long-random-secret",
            "replace-with-a-long-random-secret",
            "replace-with-32-or-more-random-bytes-see-adr-0207");

    private static final List<String> EXAMPLE_MARKERS = List.of("change-me", "changeme", "replace-with", "example");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    public ManageTokenProperties {
        String secret = current == null ? null : current.secret();
        String id = current == null || current.id() == null || current.id().isBlank()
                ? "k1"
                : current.id().trim();
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("MANAGE_TOKEN_SECRET is not set. Manage links need the secret"
                    + " booking-service uses, at least " + MIN_SECRET_BYTES
                    + " random bytes, for example from `openssl rand -base64 32` (the local stack generates one).");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "MANAGE_TOKEN_SECRET is too short: at least " + MIN_SECRET_BYTES + " bytes are required.");
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        if (PUBLISHED_EXAMPLES.contains(secret.trim())
                || EXAMPLE_MARKERS.stream().anyMatch(lower::contains)) {
            throw new IllegalArgumentException(
                    "MANAGE_TOKEN_SECRET is an example value published with SpineCare; set a random secret of your own.");
        }
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "MANAGE_TOKEN_KEY_ID must be 1 to 16 letters, digits, '-' or '_', was '" + id + "'");
        }
        current = new Key(id, secret);
    }

    /** The signing key; its id travels in every token ({@code k1.<mac>}). */
    public record Key(String id, String secret) {}
}
