package io.spinecare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled data files hold every condition and procedure of the clinic's material, linked both ways. */
class BundledCatalogueTest {

    private static final List<String> CONDITION_IDS = List.of(
            "herniated-disc",
            "spinal-stenosis",
            "degenerative-disc-disease",
            "spondylolisthesis",
            "vertebral-compression-fracture",
            "spinal-tumour",
            "scoliosis",
            "facet-joint-osteoarthritis",
            "spinal-instability",
            "sciatica",
            "chronic-back-pain",
            "cervical-stenosis",
            "cervical-disc-disease");
    private static final List<String> PROCEDURE_IDS = List.of(
            "microdiscectomy",
            "endoscopic-discectomy",
            "laminectomy",
            "spinal-fusion",
            "vertebroplasty-kyphoplasty",
            "artificial-disc-replacement",
            "tumour-removal");

    private final Catalogue catalogue = Catalogue.loadDefault();

    @Test
    void everyConditionOfTheClinicMaterialIsPresent() {
        assertThat(catalogue.conditions()).extracting(Condition::id).containsExactlyInAnyOrderElementsOf(CONDITION_IDS);
    }

    @Test
    void everyProcedureOfTheClinicMaterialIsPresent() {
        assertThat(catalogue.procedures()).extracting(Procedure::id).containsExactlyInAnyOrderElementsOf(PROCEDURE_IDS);
    }

    @Test
    void conditionsAndProceduresAreLinkedBothWays() {
        for (Condition condition : catalogue.conditions()) {
            for (Procedure procedure : catalogue.proceduresFor(condition.id())) {
                assertThat(catalogue.conditionsFor(procedure.id())).contains(condition);
            }
        }
        for (Procedure procedure : catalogue.procedures()) {
            assertThat(catalogue.conditionsFor(procedure.id())).isNotEmpty();
            for (Condition condition : catalogue.conditionsFor(procedure.id())) {
                assertThat(catalogue.proceduresFor(condition.id())).contains(procedure);
            }
        }
    }

    @Test
    void everyConsultationTypeHasADuration() {
        assertThat(catalogue.consultationTypes())
                .extracting(ConsultationTypeDetails::type)
                .containsExactly(ConsultationType.values());
        assertThat(catalogue.consultationTypes())
                .allSatisfy(t -> assertThat(t.durationMinutes()).isPositive());
    }

    @Test
    void versionIsAStableContentHash() {
        assertThat(catalogue.version())
                .matches("[0-9a-f]{12}")
                .isEqualTo(Catalogue.loadDefault().version());
    }
}
