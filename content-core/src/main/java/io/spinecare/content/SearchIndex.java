package io.spinecare.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Queries come from a public endpoint; longer ones are cut so a request cannot cost much. */
    static final int MAX_QUERY_WORDS = 8;

    private static final int MAX_QUERY_CHARS = 200;

    /** A phrase an entry can be found by, already split into tokens. */
    record Phrase(List<String> tokens, double weight) {
        static Phrase of(String text, double weight) {
            return new Phrase(Tokens.of(text), weight);
        }
    }

    private record Indexed<T>(T item, int order, List<Phrase> phrases) {}

    private record Hit<T>(T item, int order, double score) {}

    private final List<Indexed<T>> entries = new ArrayList<>();
    private final Set<String> vocabulary = new LinkedHashSet<>();

    SearchIndex(List<T> items, Function<T, List<Phrase>> phrases) {
        for (int i = 0; i < items.size(); i++) {
            Indexed<T> entry = new Indexed<>(items.get(i), i, phrases.apply(items.get(i)));
            entries.add(entry);
            entry.phrases().forEach(p -> vocabulary.addAll(p.tokens()));
        }
    }

    /** Best match first; a blank query lists every entry in catalogue order. */
    List<T> search(String query) {
        String bounded =
                query == null || query.length() <= MAX_QUERY_CHARS ? query : query.substring(0, MAX_QUERY_CHARS);
        List<String> words =
                Tokens.of(bounded).stream().distinct().limit(MAX_QUERY_WORDS).toList();
        if (words.isEmpty()) {
            return entries.stream().map(Indexed::item).toList();
        }
        WordMatches matches = new WordMatches(words, vocabulary);
        return entries.stream()
                .map(e -> new Hit<>(e.item(), e.order(), best(words, e.phrases(), matches)))
                .filter(hit -> hit.score() > 0)
                .sorted(Comparator.comparingDouble((Hit<T> hit) -> -hit.score()).thenComparingInt(Hit::order))
                .map(Hit::item)
                .toList();
    }

    /**
     * The best single phrase, or (discounted) the words found across several phrases, e.g.
     * "sciatica leg" where the name holds one word and a synonym the other.
     */
    private static double best(List<String> words, List<Phrase> phrases, WordMatches matches) {
        double singlePhrase = 0;
        for (Phrase phrase : phrases) {
            singlePhrase = Math.max(singlePhrase, score(words, phrase, matches));
        }
        return Math.max(singlePhrase, ACROSS_PHRASES * acrossPhrases(words, phrases, matches));
    }

    /** Mean word score, plus a bonus for covering more of the phrase, so exact phrases win. */
    private static double score(List<String> words, Phrase phrase, WordMatches matches) {
        double sum = 0;
        boolean[] covered = new boolean[phrase.tokens().size()];
        for (String word : words) {
            double bestWord = 0;
            int bestAt = -1;
            for (int i = 0; i < phrase.tokens().size(); i++) {
                double s = matches.score(word, phrase.tokens().get(i));
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
        return phrase.weight() * (sum / words.size() + 0.25 * coveredCount / covered.length);
    }

    private static double acrossPhrases(List<String> words, List<Phrase> phrases, WordMatches matches) {
        double sum = 0;
        for (String word : words) {
            double bestWord = 0;
            for (Phrase phrase : phrases) {
                for (String token : phrase.tokens()) {
                    bestWord = Math.max(bestWord, phrase.weight() * matches.score(word, token));
                }
            }
            if (bestWord == 0) {
                return 0;
            }
            sum += bestWord;
        }
        return sum / words.size();
    }

    /** How well a query word matches an indexed word: 1 exact, 0.85 prefix, 0.75 / 0.6 for one / two typos. */
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
        return distance == 1 ? 0.75 : distance <= allowed ? 0.6 : 0;
    }

    /** Each query word scored once against the whole vocabulary, so ranking is only look-ups. */
    private static final class WordMatches {

        private final Map<String, Map<String, Double>> byWord = new HashMap<>();

        WordMatches(List<String> words, Set<String> vocabulary) {
            for (String word : words) {
                Map<String, Double> scores = new HashMap<>();
                for (String token : vocabulary) {
                    double s = wordScore(word, token);
                    if (s > 0) {
                        scores.put(token, s);
                    }
                }
                byWord.put(word, scores);
            }
        }

        double score(String word, String token) {
            return byWord.get(word).getOrDefault(token, 0.0);
        }
    }
}
