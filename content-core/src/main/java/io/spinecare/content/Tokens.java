package io.spinecare.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns text into comparable search tokens: lower case, accents and punctuation removed, filler words dropped. */
final class Tokens {

    private static final Set<String> FILLER = Set.of(
            "a", "an", "the", "of", "my", "in", "on", "and", "or", "with", "to", "for", "i", "is", "have", "what");

    private Tokens() {}

    static List<String> of(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (plain.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(plain.split(" ")).filter(t -> !FILLER.contains(t)).toList();
    }
}
