package io.spinecare.notification.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The manage-token derivation of ADR 0207, written out independently of the production code. */
public final class ManageTokens {

    public static final String TEST_KEY_ID = "t1";
    public static final String TEST_SECRET = "test-only-manage-token-secret-0123456789abcdef";

    private ManageTokens() {}

    public static String derive(String appointmentId, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TEST_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((appointmentId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return TEST_KEY_ID + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
