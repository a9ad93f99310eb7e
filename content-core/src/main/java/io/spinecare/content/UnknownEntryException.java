package io.spinecare.content;

/** A caller asked for a condition or procedure id the catalogue does not hold. */
public final class UnknownEntryException extends RuntimeException {

    public UnknownEntryException(String kind, String id) {
        super("unknown " + kind + " '" + id + "'");
    }
}
