package io.spinecare.booking.web;

/** Shapes of a patient's name and e-mail address, shared by every request that carries them. */
public final class ContactPatterns {

    /**
     * Letters of any script, spaces and the punctuation names have; no control characters. It starts with a
     * letter, so combining marks only ever modify one and a name cannot be made of marks alone.
     */
    public static final String NAME = "^\\p{L}[\\p{L}\\p{M} .'\\-]{0,99}$";

    /**
     * On top of {@code @Email}: a plain local part. Quoted local parts ({@code "<b>x</b>"@example.org}) are valid
     * e-mail but carry markup and quoting into messages and staff screens, and no patient needs one.
     */
    public static final String EMAIL = "^[^\\s\"<>()\\[\\]\\\\,;:@]+@[^\\s\"<>()\\[\\]\\\\,;:@]+$";

    private ContactPatterns() {}
}
