package io.spinecare.content;

/** Whether an imaging requirement must be met before the consultation or is only advised. */
public enum Necessity {
    MANDATORY,
    RECOMMENDED
}
