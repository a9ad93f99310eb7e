package io.spinecare.content;

/** The kinds of consultation a patient can book; JSON values are these names. */
public enum ConsultationType {
    NEW_CONSULTATION,
    SECOND_OPINION,
    FOLLOW_UP,
    PRE_OPERATIVE,
    POST_OPERATIVE
}
