package io.spinecare.content;

import io.spinecare.content.SearchIndex.Phrase;
import java.util.ArrayList;
import java.util.List;

/** What each kind of entry can be found by, and how much each part weighs. */
final class SearchPhrases {

    private SearchPhrases() {}

    static List<Phrase> of(Condition c) {
        List<Phrase> phrases = new ArrayList<>();
        phrases.add(Phrase.of(c.name(), SearchIndex.NAME));
        phrases.add(Phrase.of(c.id(), SearchIndex.NAME));
        c.synonyms().forEach(s -> phrases.add(Phrase.of(s, SearchIndex.SYNONYM)));
        c.icd10Codes().forEach(code -> phrases.add(Phrase.of(code, SearchIndex.NAME)));
        phrases.add(Phrase.of(c.summary(), SearchIndex.TEXT));
        c.symptoms().forEach(s -> phrases.add(Phrase.of(s, SearchIndex.TEXT)));
        return phrases;
    }

    static List<Phrase> of(Procedure p) {
        List<Phrase> phrases = new ArrayList<>();
        phrases.add(Phrase.of(p.name(), SearchIndex.NAME));
        phrases.add(Phrase.of(p.id(), SearchIndex.NAME));
        p.otherNames().forEach(s -> phrases.add(Phrase.of(s, SearchIndex.SYNONYM)));
        phrases.add(Phrase.of(p.summary(), SearchIndex.TEXT));
        phrases.add(Phrase.of(p.technique(), SearchIndex.TEXT));
        return phrases;
    }
}
