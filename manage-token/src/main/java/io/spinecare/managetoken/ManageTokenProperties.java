package io.spinecare.managetoken;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that sign patients' manage tokens (ADR 0207): the current key signs new tokens, the previous
 * one, while a rotation is under way, is still accepted where tokens are checked. There is no default secret:
 * a service refuses to start when {@code MANAGE_TOKEN_SECRET} is missing, shorter than 32 bytes or a value
 * published in the repository ({@link ManageTokenSecretCheck}). The local stack generates a random one.
 */
@ConfigurationProperties("spinecare.manage-token")
public record ManageTokenProperties(Key current, Key previous) {

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
        current = checked(current, "MANAGE_TOKEN_KEY_ID", "MANAGE_TOKEN_SECRET");
        if (previous != null && isBlank(previous.secret()) && isBlank(previous.id())) {
            previous = null;
        }
        if (previous != null) {
            previous = checked(previous, "MANAGE_TOKEN_PREVIOUS_KEY_ID", "MANAGE_TOKEN_PREVIOUS_SECRET");
            if (previous.id().equals(current.id())) {
                throw new IllegalArgumentException(
                        "MANAGE_TOKEN_PREVIOUS_KEY_ID must differ from MANAGE_TOKEN_KEY_ID ('" + current.id()
                                + "'): a token names the key that signed it");
            }
        }
    }

    /** One signing key: its id travels in every token it signs ({@code k1.<mac>}). */
    public record Key(String id, String secret) {}

    private static Key checked(Key key, String idVariable, String secretVariable) {
        String secret = key == null ? null : key.secret();
        String id = key == null || isBlank(key.id()) ? "k1" : key.id().trim();
        if (isBlank(secret)) {
            throw new IllegalArgumentException(secretVariable
                    + " is not set. Manage tokens need a secret of at least " + MIN_SECRET_BYTES
                    + " random bytes, for example from `openssl rand -base64 32` (the local stack generates one).");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    secretVariable + " is too short: at least " + MIN_SECRET_BYTES + " bytes are required.");
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        if (PUBLISHED_EXAMPLES.contains(secret.trim())
                || EXAMPLE_MARKERS.stream().anyMatch(lower::contains)) {
            throw new IllegalArgumentException(
                    secretVariable + " is an example value published with SpineCare; set a random secret of your own.");
        }
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    idVariable + " must be 1 to 16 letters, digits, '-' or '_', was '" + id + "'");
        }
        return new Key(id, secret);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
