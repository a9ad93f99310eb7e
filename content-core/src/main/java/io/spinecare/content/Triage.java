package io.spinecare.content;

import java.util.List;

/** The outcome of a patient's red-flag answers: the most urgent tier and the flags answered yes. */
public record Triage(TriageTier tier, List<RedFlag> redFlags) {

    public Triage {
        redFlags = List.copyOf(redFlags);
    }

    public static final Triage ROUTINE = new Triage(TriageTier.ROUTINE, List.of());
}
