package io.spinecare.booking.patient;

/** Shapes of request fields. Ids are plain words, so no MongoDB operator can hide in one. */
final class Patterns {

    static final String ID = "^[A-Za-z0-9_-]{1,100}$";
    static final String ID_MESSAGE = "must be an id of letters, digits, '-' or '_'";
    static final String TOKEN = "^[A-Za-z0-9_-]{1,64}$";
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE = "must be a lower-case id such as herniated-disc";
    static final String NAME = io.spinecare.booking.web.ContactPatterns.NAME;

    static final String PHONE = "^\\+?[0-9][0-9 ()\\-]{6,19}$";
    static final String IDEMPOTENCY_KEY = "^[A-Za-z0-9._:\\-]{8,100}$";

    private Patterns() {}
}
