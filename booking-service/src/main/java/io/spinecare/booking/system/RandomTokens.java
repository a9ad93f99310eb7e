package io.spinecare.booking.system;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable ids for secrets handed to clients (hold ids). */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    public static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
