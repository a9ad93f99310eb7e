package io.spinecare.content;

import static io.spinecare.content.BodyRegion.CERVICAL;
import static io.spinecare.content.BodyRegion.LUMBAR;
import static io.spinecare.content.BodyRegion.WHOLE_SPINE;
import static io.spinecare.content.ConsultationType.FOLLOW_UP;
import static io.spinecare.content.ConsultationType.NEW_CONSULTATION;
import static io.spinecare.content.ConsultationType.POST_OPERATIVE;
import static io.spinecare.content.PrerequisiteStatus.ALTERNATIVE_ACCEPTED;
import static io.spinecare.content.PrerequisiteStatus.MET;
import static io.spinecare.content.PrerequisiteStatus.MISSING;
import static io.spinecare.content.PrerequisiteStatus.TOO_OLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Herniated disc, new consultation: the default policy asks for a lumbar MRI not older than 365
 * days (CT myelogram or CT accepted instead), due 2 days before the appointment when missing.
 */
class PrerequisiteEvaluationTest {

    private static final LocalDate APPOINTMENT = LocalDate.parse("2026-06-15");
    private static final LocalDate REVIEW_DUE = LocalDate.parse("2026-06-13");

    private final Catalogue catalogue = Catalogue.loadDefault();

    @Test
    void aRecentLumbarMriMeetsTheRequirementAndIsDueByTheAppointment() {
        Scan mri = scan(Modality.MRI, LUMBAR, "2026-01-10");

        PrerequisiteResult result = only(herniatedDisc(mri));

        assertThat(result.status()).isEqualTo(MET);
        assertThat(result.matchedScan()).isEqualTo(mri);
        assertThat(result.dueBy()).isEqualTo(APPOINTMENT);
    }

    @Test
    void noScanAtAllIsMissingAndDueTwoDaysBeforeTheAppointment() {
        ImagingAssessment assessment = herniatedDisc();

        assertThat(only(assessment).status()).isEqualTo(MISSING);
        assertThat(only(assessment).dueBy()).isEqualTo(REVIEW_DUE);
        assertThat(only(assessment).matchedScan()).isNull();
        assertThat(assessment.allMandatoryMet()).isFalse();
        assertThat(assessment.outstanding()).hasSize(1);
    }

    @Test
    void aScanExactlyAtTheAgeLimitStillCountsButOneDayOlderIsTooOld() {
        Scan atLimit = scan(Modality.MRI, LUMBAR, APPOINTMENT.minusDays(365).toString());
        Scan dayOlder = scan(Modality.MRI, LUMBAR, APPOINTMENT.minusDays(366).toString());

        assertThat(only(herniatedDisc(atLimit)).status()).isEqualTo(MET);
        PrerequisiteResult stale = only(herniatedDisc(dayOlder));
        assertThat(stale.status()).isEqualTo(TOO_OLD);
        assertThat(stale.matchedScan()).isEqualTo(dayOlder);
        assertThat(stale.dueBy()).isEqualTo(REVIEW_DUE);
    }

    @Test
    void aCtMyelogramIsAcceptedWhenThePatientCannotHaveAnMri() {
        Scan myelogram = scan(Modality.CT_MYELOGRAM, LUMBAR, "2026-05-02");

        PrerequisiteResult result = only(herniatedDisc(myelogram));

        assertThat(result.status()).isEqualTo(ALTERNATIVE_ACCEPTED);
        assertThat(result.matchedScan()).isEqualTo(myelogram);
        assertThat(result.dueBy()).isEqualTo(APPOINTMENT);
        assertThat(herniatedDisc(myelogram).allMandatoryMet()).isTrue();
    }

    @Test
    void aFreshAlternativeWinsOverAStaleMri() {
        Scan oldMri = scan(Modality.MRI, LUMBAR, "2024-01-01");
        Scan freshCt = scan(Modality.CT, LUMBAR, "2026-06-01");

        assertThat(only(herniatedDisc(oldMri, freshCt)).status()).isEqualTo(ALTERNATIVE_ACCEPTED);
    }

    @Test
    void theNewestOfSeveralMatchingScansIsReported() {
        Scan older = scan(Modality.MRI, LUMBAR, "2025-09-01");
        Scan newer = scan(Modality.MRI, LUMBAR, "2026-03-01");

        assertThat(only(herniatedDisc(older, newer)).matchedScan()).isEqualTo(newer);
    }

    @Test
    void aWholeSpineMriCoversALumbarRequirement() {
        Scan wholeSpine = scan(Modality.MRI, WHOLE_SPINE, "2026-02-20");

        assertThat(only(herniatedDisc(wholeSpine)).status()).isEqualTo(MET);
    }

    @Test
    void aLumbarMriDoesNotCoverAWholeSpineRequirement() {
        ImagingAssessment tumour = catalogue.evaluate(
                "spinal-tumour", NEW_CONSULTATION, List.of(scan(Modality.MRI, LUMBAR, "2026-06-01")), APPOINTMENT);

        assertThat(only(tumour).status()).isEqualTo(MISSING);
    }

    @Test
    void aScanOfAnotherRegionDoesNotCount() {
        assertThat(only(herniatedDisc(scan(Modality.MRI, CERVICAL, "2026-06-01")))
                        .status())
                .isEqualTo(MISSING);
    }

    @Test
    void aScanDatedAfterTheAppointmentCannotExistYetAndIsIgnored() {
        assertThat(only(herniatedDisc(scan(Modality.MRI, LUMBAR, "2026-06-20"))).status())
                .isEqualTo(MISSING);
    }

    @Test
    void outstandingRecommendedScansDoNotBlockButAreListed() {
        ImagingAssessment stenosis = catalogue.evaluate(
                "spinal-stenosis", NEW_CONSULTATION, List.of(scan(Modality.MRI, LUMBAR, "2026-04-01")), APPOINTMENT);

        assertThat(stenosis.allMandatoryMet()).isTrue();
        assertThat(stenosis.outstanding()).singleElement().satisfies(r -> {
            assertThat(r.requirement().modality()).isEqualTo(Modality.XRAY);
            assertThat(r.requirement().necessity()).isEqualTo(Necessity.RECOMMENDED);
            assertThat(r.status()).isEqualTo(MISSING);
            assertThat(r.dueBy()).isEqualTo(REVIEW_DUE);
        });
    }

    @Test
    void followUpAndPostOperativeVisitsNeedNoImagingForAnyCondition() {
        for (Condition condition : catalogue.conditions()) {
            assertThat(catalogue.prerequisitesFor(condition.id(), FOLLOW_UP)).isEmpty();
            assertThat(catalogue.prerequisitesFor(condition.id(), POST_OPERATIVE))
                    .isEmpty();
            ImagingAssessment followUp = catalogue.evaluate(condition.id(), FOLLOW_UP, List.of(), APPOINTMENT);
            assertThat(followUp.results()).isEmpty();
            assertThat(followUp.allMandatoryMet()).isTrue();
        }
        assertThat(catalogue.consultationType(FOLLOW_UP).imagingRequired()).isFalse();
        assertThat(catalogue.consultationType(POST_OPERATIVE).imagingRequired()).isFalse();
        assertThat(catalogue.consultationType(NEW_CONSULTATION).imagingRequired())
                .isTrue();
    }

    @Test
    void everyConditionHasPrerequisitesForANewConsultation() {
        for (Condition condition : catalogue.conditions()) {
            assertThat(catalogue.prerequisitesFor(condition.id(), NEW_CONSULTATION))
                    .as(condition.id())
                    .isNotEmpty();
        }
    }

    @Test
    void requirementsDescribeThemselvesInPlainWords() {
        assertThat(catalogue.prerequisitesFor("herniated-disc", NEW_CONSULTATION))
                .singleElement()
                .extracting(ImagingRequirement::describe)
                .isEqualTo("lumbar MRI, not older than 12 months");
        assertThat(catalogue.prerequisitesFor("spinal-tumour", NEW_CONSULTATION))
                .singleElement()
                .extracting(ImagingRequirement::describe)
                .isEqualTo("whole-spine MRI with contrast, not older than 3 months");
    }

    @Test
    void noScanListAtAllMeansNoScans() {
        ImagingAssessment assessment = catalogue.evaluate("herniated-disc", NEW_CONSULTATION, null, APPOINTMENT);

        assertThat(only(assessment).status()).isEqualTo(MISSING);
    }

    @Test
    void anUnknownConditionIsRejected() {
        assertThatThrownBy(() -> catalogue.prerequisitesFor("broken-heart", NEW_CONSULTATION))
                .isInstanceOf(UnknownEntryException.class)
                .hasMessageContaining("broken-heart");
        assertThatThrownBy(() -> catalogue.conditionsFor("levitation")).isInstanceOf(UnknownEntryException.class);
    }

    private ImagingAssessment herniatedDisc(Scan... scans) {
        return catalogue.evaluate("herniated-disc", NEW_CONSULTATION, List.of(scans), APPOINTMENT);
    }

    private static PrerequisiteResult only(ImagingAssessment assessment) {
        assertThat(assessment.results()).hasSize(1);
        return assessment.results().get(0);
    }

    private static Scan scan(Modality modality, BodyRegion region, String performedOn) {
        return new Scan(modality, region, LocalDate.parse(performedOn));
    }
}
