package io.spinecare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Red flags are triaged in three tiers declared in the data, and every patient is asked the universal ones. */
class TriageTiersTest {

    private final Catalogue catalogue = Catalogue.loadDefault();

    @Test
    void eachTierHasItsOwnAdviceAndOnlyUrgentHasAReviewTime() {
        assertThat(catalogue.triageTiers())
                .extracting(TriageAdvice::tier)
                .containsExactly(TriageTier.EMERGENCY, TriageTier.URGENT, TriageTier.ROUTINE);
        assertThat(catalogue.triageTiers()).extracting(TriageAdvice::advice).doesNotHaveDuplicates();
        assertThat(catalogue.triageAdvice(TriageTier.EMERGENCY).advice()).contains("emergency department now");
        assertThat(catalogue.triageAdvice(TriageTier.EMERGENCY).nextSteps()).contains("Nothing has been booked");
        assertThat(catalogue.triageAdvice(TriageTier.URGENT).reviewWithinHours())
                .isEqualTo(24);
        assertThat(catalogue.triageAdvice(TriageTier.URGENT).advice()).doesNotContain("emergency department now");
        assertThat(catalogue.triageAdvice(TriageTier.ROUTINE).reviewWithinHours())
                .isZero();
    }

    @Test
    void emergencySignsAndUrgentSignsAreInTheTiersTheIssueNames() {
        assertThat(tierOf("bladder-bowel-dysfunction")).isEqualTo(TriageTier.EMERGENCY);
        assertThat(tierOf("saddle-numbness")).isEqualTo(TriageTier.EMERGENCY);
        assertThat(tierOf("progressive-weakness")).isEqualTo(TriageTier.EMERGENCY);
        assertThat(tierOf("fever-or-infection")).isEqualTo(TriageTier.EMERGENCY);
        assertThat(tierOf("major-trauma")).isEqualTo(TriageTier.EMERGENCY);
        assertThat(tierOf("cancer-history")).isEqualTo(TriageTier.URGENT);
        assertThat(tierOf("unexplained-weight-loss")).isEqualTo(TriageTier.URGENT);
        assertThat(tierOf("night-pain")).isEqualTo(TriageTier.URGENT);
        assertThat(tierOf("osteoporosis-fracture-risk")).isEqualTo(TriageTier.URGENT);
        assertThat(tierOf("myelopathy-signs")).isEqualTo(TriageTier.URGENT);
    }

    @Test
    void everyConditionAsksTheUniversalQuestionsFirstThenItsOwn() {
        List<RedFlag> universal = catalogue.universalRedFlags();
        assertThat(universal)
                .extracting(RedFlag::id)
                .contains(
                        "bladder-bowel-dysfunction",
                        "saddle-numbness",
                        "fever-or-infection",
                        "cancer-history",
                        "major-trauma");
        for (Condition condition : catalogue.conditions()) {
            List<RedFlag> asked = catalogue.redFlagsFor(condition.id());
            assertThat(asked.subList(0, universal.size())).as(condition.id()).isEqualTo(universal);
            assertThat(asked).extracting(RedFlag::id).doesNotHaveDuplicates();
        }
        assertThat(catalogue.redFlagsFor("vertebral-compression-fracture"))
                .extracting(RedFlag::id)
                .contains("saddle-numbness", "osteoporosis-fracture-risk");
        assertThat(catalogue.redFlagsFor("herniated-disc"))
                .extracting(RedFlag::id)
                .contains("fever-or-infection", "cancer-history", "major-trauma");
    }

    @Test
    void neckConditionsAskAboutTheSpinalCordAndDefaultToNeckScans() {
        for (String neck : List.of("cervical-stenosis", "cervical-disc-disease")) {
            assertThat(catalogue.redFlagsFor(neck)).extracting(RedFlag::id).contains("myelopathy-signs");
            assertThat(catalogue.prerequisitesFor(neck, ConsultationType.NEW_CONSULTATION))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.region()).isEqualTo(BodyRegion.CERVICAL));
        }
        assertThat(catalogue.searchConditions("cervical myelopathy").get(0).id())
                .isEqualTo("cervical-stenosis");
        assertThat(catalogue.searchConditions("slipped disc in the neck").get(0).id())
                .isEqualTo("cervical-disc-disease");
    }

    @Test
    void theMostUrgentAnswerDecidesTheTier() {
        assertThat(catalogue.triage(null)).isEqualTo(Triage.ROUTINE);
        assertThat(catalogue.triage(Map.of("night-pain", false))).isEqualTo(Triage.ROUTINE);
        Triage urgent = catalogue.triage(Map.of("night-pain", true, "saddle-numbness", false));
        assertThat(urgent.tier()).isEqualTo(TriageTier.URGENT);
        assertThat(urgent.redFlags()).extracting(RedFlag::id).containsExactly("night-pain");
        assertThat(catalogue
                        .triage(Map.of("night-pain", true, "saddle-numbness", true))
                        .tier())
                .isEqualTo(TriageTier.EMERGENCY);
    }

    private TriageTier tierOf(String id) {
        return catalogue.redFlag(id).orElseThrow().tier();
    }
}
