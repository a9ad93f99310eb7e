package io.spinecare.content;

import static io.spinecare.content.ConsultationType.NEW_CONSULTATION;
import static io.spinecare.content.ConsultationType.POST_OPERATIVE;
import static io.spinecare.content.ConsultationType.PRE_OPERATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clinic replaces SpineCare's default imaging policy with its own file; nothing of the defaults remains. */
class ImagingPolicyOverrideTest {

    private final Catalogue defaults = Catalogue.loadDefault();
    private final Catalogue clinic = Catalogue.builder()
            .imagingPolicy(TestCatalogues.resource("clinic/clinic-imaging-policy.yaml"))
            .build();

    @Test
    void theClinicsWindowsReplaceTheDefaults() {
        assertThat(defaults.prerequisitesFor("herniated-disc", NEW_CONSULTATION))
                .extracting(ImagingRequirement::maxAgeDays)
                .containsExactly(365);
        assertThat(clinic.prerequisitesFor("herniated-disc", NEW_CONSULTATION))
                .extracting(ImagingRequirement::describe)
                .containsExactly("lumbar MRI, not older than 6 months");
    }

    @Test
    void requirementsTheClinicDoesNotListAreGoneRatherThanMerged() {
        assertThat(defaults.prerequisitesFor("spinal-stenosis", NEW_CONSULTATION))
                .isNotEmpty();
        assertThat(clinic.prerequisitesFor("spinal-stenosis", NEW_CONSULTATION)).isEmpty();
        assertThat(clinic.prerequisitesFor("herniated-disc", PRE_OPERATIVE)).isEmpty();
    }

    @Test
    void theClinicCanAskForImagingAfterSurgeryAndTheConsultationTypeSaysSo() {
        assertThat(clinic.prerequisitesFor("herniated-disc", POST_OPERATIVE))
                .extracting(ImagingRequirement::modality)
                .containsExactly(Modality.XRAY);
        assertThat(clinic.consultationType(POST_OPERATIVE).imagingRequired()).isTrue();
        assertThat(clinic.consultationType(PRE_OPERATIVE).imagingRequired()).isFalse();
    }

    @Test
    void theClinicsReviewLeadTimeSetsTheDueDate() {
        LocalDate appointment = LocalDate.parse("2026-09-10");

        ImagingAssessment assessment = clinic.evaluate("herniated-disc", NEW_CONSULTATION, List.of(), appointment);

        assertThat(clinic.reviewLeadDays()).isEqualTo(5);
        assertThat(assessment.outstanding()).singleElement().satisfies(r -> assertThat(r.dueBy())
                .isEqualTo(LocalDate.parse("2026-09-05")));
    }

    @Test
    void theVersionChangesWithThePolicyInUse() {
        assertThat(clinic.version()).isNotEqualTo(defaults.version());
        assertThat(clinic.conditions()).isEqualTo(defaults.conditions());
    }

    @Test
    void aBrokenClinicFileIsRejectedUnderItsOwnName() {
        assertThatThrownBy(() -> Catalogue.builder()
                        .imagingPolicy(TestCatalogues.resource("broken-clinic-imaging-policy.yaml"))
                        .build())
                .isInstanceOf(CatalogueException.class)
                .hasMessage("broken-clinic-imaging-policy.yaml: condition 'herniated-disc' field 'maxAgeDays': "
                        + "must be positive, was 0 (requirement 1)");
    }
}
