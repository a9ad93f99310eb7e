package io.spinecare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogue stays true to the clinic's material. Recovery milestones are pinned to the later
 * end of each range the material gives for keyhole spine surgery (walking the same or next day,
 * light activity within one to two weeks, non-strenuous work in two to four weeks, full recovery
 * in a few months): a procedure may quote longer, never shorter, so an edit cannot drift silently.
 */
class ContentAgainstTheClinicMaterialTest {

    /** The later end of each seed range, in days ("a few months" read as three). */
    static final int WALKING = 1;

    static final int LIGHT_ACTIVITY = 14;
    static final int DESK_WORK = 28;
    static final int FULL_RECOVERY = 90;

    private final Catalogue catalogue = Catalogue.loadDefault();

    @Test
    void noProcedureQuotesARecoveryShorterThanTheLaterEndOfTheMaterial() {
        for (Procedure p : catalogue.procedures()) {
            RecoveryMilestones r = p.recovery();
            assertThat(latestDays(r.walking()))
                    .as(p.id() + " walking: " + r.walking())
                    .isGreaterThanOrEqualTo(WALKING);
            assertThat(latestDays(r.lightActivity()))
                    .as(p.id() + " light activity: " + r.lightActivity())
                    .isGreaterThanOrEqualTo(LIGHT_ACTIVITY);
            assertThat(latestDays(r.deskWork()))
                    .as(p.id() + " desk work: " + r.deskWork())
                    .isGreaterThanOrEqualTo(DESK_WORK);
            assertThat(latestDays(r.fullRecovery()))
                    .as(p.id() + " full recovery: " + r.fullRecovery())
                    .isGreaterThanOrEqualTo(FULL_RECOVERY);
        }
    }

    @Test
    void theMilestoneReaderReadsTheLaterEndOfARange() {
        assertThat(latestDays("Same day")).isZero();
        assertThat(latestDays("Same day or next day")).isEqualTo(1);
        assertThat(latestDays("Within 1–2 days")).isEqualTo(2);
        assertThat(latestDays("1–2 weeks")).isEqualTo(14);
        assertThat(latestDays("About 1 week")).isEqualTo(7);
        assertThat(latestDays("4–6 weeks")).isEqualTo(42);
        assertThat(latestDays("About 3 months, with physiotherapy")).isEqualTo(90);
        assertThat(latestDays("6–12 months, while the bones grow together")).isEqualTo(360);
    }

    @Test
    void endoscopicDiscectomySaysWalkingTheSameOrNextDay() {
        assertThat(catalogue
                        .procedure("endoscopic-discectomy")
                        .orElseThrow()
                        .recovery()
                        .walking())
                .isEqualTo("Same day or next day");
    }

    @Test
    void everyProcedureSaysNotEveryPatientIsACandidate() {
        assertThat(catalogue.procedures())
                .allSatisfy(p ->
                        assertThat(p.candidacy()).as(p.id()).containsIgnoringCase("not every patient is a candidate"));
    }

    @Test
    void everyProcedureWarnsOfASecondOrOpenOperation() {
        assertThat(catalogue.procedures()).allSatisfy(p -> assertThat(p.risks())
                .as(p.id())
                .anyMatch(risk -> risk.contains("second operation")
                        || risk.contains("second procedure")
                        || risk.contains("open operation")
                        || risk.contains("open surgery")));
        assertThat(catalogue.procedure("laminectomy").orElseThrow().risks())
                .anyMatch(risk -> risk.contains("second operation") && risk.contains("open operation"));
    }

    @Test
    void discReplacementIsNotDescribedAsMicroscopeKeyholeSurgery() {
        String technique =
                catalogue.procedure("artificial-disc-replacement").orElseThrow().technique();
        assertThat(technique).doesNotContainIgnoringCase("microscope").contains("not a keyhole operation");
    }

    @Test
    void patientTextNeverSpeaksOfTheClinicsPages() {
        List<String> texts = new ArrayList<>();
        for (Condition c : catalogue.conditions()) {
            texts.add(c.summary());
            texts.addAll(c.symptoms());
        }
        for (Procedure p : catalogue.procedures()) {
            texts.addAll(List.of(
                    p.summary(), p.candidacy(), p.technique(), p.incision(), p.anaesthesia(), p.hospitalStay()));
            texts.addAll(p.benefits());
            texts.addAll(p.risks());
        }
        assertThat(texts).noneMatch(t -> t.toLowerCase().contains("pages"));
    }

    @Test
    void codesNameTheirReleaseAndCoverTheCasesTheIssueRaised() {
        assertThat(catalogue.icd10Release()).isEqualTo("ICD-10-CM FY2026");
        assertThat(codes("scoliosis")).contains("M41.86").noneMatch(code -> code.startsWith("M41.2"));
        // tumours inside the spinal canal: meninges and cord, benign and malignant
        assertThat(codes("spinal-tumour")).contains("D32.1", "D33.4", "C70.1", "C72.0");
        // cervical codes sit with the neck conditions, whose default scans are of the neck
        for (Condition c : catalogue.conditions()) {
            boolean neck = c.id().startsWith("cervical-");
            boolean lumbarScans = catalogue.prerequisitesFor(c.id(), ConsultationType.NEW_CONSULTATION).stream()
                    .anyMatch(r -> r.region() == BodyRegion.LUMBAR);
            if (lumbarScans) {
                assertThat(c.icd10Codes())
                        .as(c.id())
                        .noneMatch(code -> code.startsWith("M50") || CERVICAL_CODES.contains(code));
            }
            if (neck) {
                assertThat(lumbarScans).as(c.id()).isFalse();
            }
        }
    }

    /** Cervical-region codes outside M50 that used to sit under lumbar-imaging conditions. */
    private static final java.util.Set<String> CERVICAL_CODES =
            java.util.Set.of("M48.02", "M47.12", "M47.812", "M43.12", "M53.2X2", "M54.12");

    private List<String> codes(String conditionId) {
        return catalogue.condition(conditionId).orElseThrow().icd10Codes();
    }

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(day|week|month)", Pattern.CASE_INSENSITIVE);

    /** The later end of a milestone in days: the largest "N day(s)/week(s)/month(s)", "next day" = 1, "same day" = 0. */
    static int latestDays(String milestone) {
        String text = milestone.replaceAll("(\\d+)\\s*[–-]\\s*(\\d+)", "$2");
        int latest = -1;
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int unit =
                    switch (m.group(2).toLowerCase()) {
                        case "day" -> 1;
                        case "week" -> 7;
                        default -> 30;
                    };
            latest = Math.max(latest, n * unit);
        }
        String lower = text.toLowerCase();
        if (lower.contains("next day")) {
            latest = Math.max(latest, 1);
        }
        if (lower.contains("same day")) {
            latest = Math.max(latest, 0);
        }
        if (latest < 0) {
            throw new AssertionError("cannot read a duration from '" + milestone + "'");
        }
        return latest;
    }
}
