package io.spinecare.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks entries against a free-text query. Each entry is a set of weighted phrases (name, synonyms,
 * codes weigh most; summary and symptoms little). A phrase matches when every query word matches
 * one of its words exactly, as a prefix, or within a small typo distance; the best phrase counts.
 */
final class SearchIndex<T> {

    static final double NAME = 1.0;
    static final double SYNONYM = 0.95;
    static final double TEXT = 0.4;
    static final double ACROSS_PHRASES = 0.9;

    /** A phrase an entry can be found by, already split into tokens. */
    record Phrase(List<String> tokens, double weight) {
        static Phrase of(String text, double weight) {
            return new Phrase(Tokens.of(text), weight);
        }
    }

    private record Indexed<T>(T item, int order, List<Phrase> phrases) {}

    private record Hit<T>(T item, int order, double score) {}

    /** Queries come from a public endpoint; longer ones are cut so a request cannot cost much. */
    static final int MAX_QUERY_WORDS = 8;

    private final List<Indexed<T>> entries = new ArrayList<>();

    SearchIndex(List<T> items, Function<T, List<Phrase>> phrases) {
        for (int i = 0; i < items.size(); i++) {
            entries.add(new Indexed<>(items.get(i), i, phrases.apply(items.get(i))));
        }
    }

    /** Best match first; a blank query lists every entry in catalogue order. */
    List<T> search(String query) {
        List<String> all = Tokens.of(query == null || query.length() <= 200 ? query : query.substring(0, 200));
        List<String> words = all.stream().distinct().limit(MAX_QUERY_WORDS).toList();
        if (words.isEmpty()) {
            return entries.stream().map(Indexed::item).toList();
        }
        return entries.stream()
                .map(e -> new Hit<>(e.item(), e.order(), best(words, e.phrases())))
                .filter(hit -> hit.score() > 0)
                .sorted(Comparator.comparingDouble((Hit<T> hit) -> -hit.score()).thenComparingInt(Hit::order))
                .map(Hit::item)
                .toList();
    }

    /**
     * The best single phrase, or (discounted) the words found across several phrases, e.g.
     * "sciatica leg" where the name holds one word and a synonym the other.
     */
    private static double best(List<String> words, List<Phrase> phrases) {
        double singlePhrase =
                phrases.stream().mapToDouble(p -> score(words, p)).max().orElse(0);
        return Math.max(singlePhrase, ACROSS_PHRASES * acrossPhrases(words, phrases));
    }

    private static double acrossPhrases(List<String> words, List<Phrase> phrases) {
        double sum = 0;
        for (String word : words) {
            double bestWord = 0;
            for (Phrase phrase : phrases) {
                for (String token : phrase.tokens()) {
                    bestWord = Math.max(bestWord, phrase.weight() * wordScore(word, token));
                }
            }
            if (bestWord == 0) {
                return 0;
            }
            sum += bestWord;
        }
        return sum / words.size();
    }

    /** Mean word score, plus a bonus for covering more of the phrase, so exact phrases win. */
    private static double score(List<String> words, Phrase phrase) {
        double sum = 0;
        boolean[] covered = new boolean[phrase.tokens().size()];
        for (String word : words) {
            double bestWord = 0;
            int bestAt = -1;
            for (int i = 0; i < phrase.tokens().size(); i++) {
                double s = wordScore(word, phrase.tokens().get(i));
                if (s > bestWord) {
                    bestWord = s;
                    bestAt = i;
                }
            }
            if (bestAt < 0) {
                return 0;
            }
            covered[bestAt] = true;
            sum += bestWord;
        }
        int coveredCount = 0;
        for (boolean c : covered) {
            coveredCount += c ? 1 : 0;
        }
        double coverage = (double) coveredCount / covered.length;
        return phrase.weight() * (sum / words.size() + 0.25 * coverage);
    }

    static double wordScore(String word, String token) {
        if (word.equals(token)) {
            return 1.0;
        }
        if (word.length() >= 3 && token.startsWith(word)) {
            return 0.85;
        }
        int allowed = TypoDistance.allowedFor(word);
        if (allowed == 0 || Math.abs(word.length() - token.length()) > allowed) {
            return 0;
        }
        int distance = TypoDistance.between(word, token);
        return distance == 0 ? 1.0 : distance == 1 ? 0.75 : distance <= allowed ? 0.6 : 0;
    }
}
