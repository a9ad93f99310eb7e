package io.spinecare.booking.appointment;

import java.security.SecureRandom;

/**
 * Human references such as {@code SC-7K3M9Q}: read over the phone and typed from a letter, so the
 * alphabet leaves out 0/O and 1/I. 32^6 ≈ 10^9 values; a unique index catches the rare repeat.
 */
public final class References {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String PATTERN = "^SC-[" + ALPHABET + "]{6}$";

    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    public static String next() {
        StringBuilder reference = new StringBuilder("SC-");
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** Patients type references in any case; anything that cannot be one is simply not found. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isWellFormed(String reference) {
        return reference.matches(PATTERN);
    }
}
