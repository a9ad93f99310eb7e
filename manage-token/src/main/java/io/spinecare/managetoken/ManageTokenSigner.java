package io.spinecare.managetoken;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks manage tokens (ADR 0207): {@code keyId + "." + base64url(HMAC-SHA256(key, subjectId + ":" +
 * generation))}. New tokens are signed with the current key; a token signed with the previous key is still
 * accepted. A token is checked by deriving it again with the key it names and comparing in constant time, so it
 * is never stored, and a new generation makes every older token worthless. The one place both services sign.
 */
public final class ManageTokenSigner {

    /** Used when the token names no key we hold or the subject is unknown, so every refusal costs the same. */
    private static final SecretKeySpec NO_KEY =
            new SecretKeySpec("no key has this id, so nothing matches".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public ManageTokenSigner(ManageTokenProperties properties) {
        this.currentId = properties.current().id();
        keys.put(currentId, keyOf(properties.current()));
        if (properties.previous() != null) {
            keys.put(properties.previous().id(), keyOf(properties.previous()));
        }
    }

    /** The token for this generation of the subject (an appointment id), signed with the current key. */
    public String sign(String subjectId, int generation) {
        return currentId + "." + mac(keys.get(currentId), subjectId, generation);
    }

    /** Whether the presented token is valid for the subject's current generation; a null subject never matches. */
    public boolean matches(String presentedToken, String subjectId, int currentGeneration) {
        String presented = presentedToken == null ? "" : presentedToken.trim();
        int dot = presented.indexOf('.');
        SecretKeySpec key = dot > 0 ? keys.get(presented.substring(0, dot)) : null;
        String keyId = key == null ? "-" : presented.substring(0, dot);
        String expected = keyId + "."
                + mac(key == null ? NO_KEY : key, subjectId == null ? "no subject" : subjectId, currentGeneration);
        boolean equal = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
        return equal && key != null && subjectId != null;
    }

    private static SecretKeySpec keyOf(ManageTokenProperties.Key key) {
        return new SecretKeySpec(key.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static String mac(SecretKeySpec key, String subjectId, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((subjectId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
