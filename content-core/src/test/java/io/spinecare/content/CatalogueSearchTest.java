package io.spinecare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patients type everyday words and small typos; the right entry comes first. */
class CatalogueSearchTest {

    private final Catalogue catalogue = Catalogue.loadDefault();

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
        "slipped disc, herniated-disc",
        "slip disc, herniated-disc",
        "slipt disk, herniated-disc",
        "bulging disc, herniated-disc",
        "Herniated disc, herniated-disc",
        "sciatica, sciatica",
        "sciatica leg pain, sciatica",
        "lumbar stenosys, spinal-stenosis",
        "sciatca, sciatica",
        "pinched nerve, sciatica",
        "stenosys, spinal-stenosis",
        "spinal stenosis, spinal-stenosis",
        "spondylolisthsis, spondylolisthesis",
        "spondylolisthesis, spondylolisthesis",
        "scoliosis, scoliosis",
        "curved spine, scoliosis",
        "tumor, spinal-tumour",
        "compression fracture, vertebral-compression-fracture",
        "bone spurs, spinal-instability",
        "facet arthritis, facet-joint-osteoarthritis",
        "worn discs, degenerative-disc-disease",
        "lower back pain, chronic-back-pain",
        "M51.26, herniated-disc",
    })
    void conditionSearchPutsTheRightEntryFirst(String query, String expectedId) {
        assertThat(catalogue.searchConditions(query))
                .first()
                .extracting(Condition::id)
                .isEqualTo(expectedId);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
        "microdiscectomy, microdiscectomy",
        "microdiscetomy, microdiscectomy",
        "kyphoplasty, vertebroplasty-kyphoplasty",
        "vertebroplasty, vertebroplasty-kyphoplasty",
        "decompression, laminectomy",
        "laminectomy, laminectomy",
        "fusion, spinal-fusion",
        "disc replacement, artificial-disc-replacement",
        "endoscopic, endoscopic-discectomy",
        "tumour removal, tumour-removal",
    })
    void procedureSearchPutsTheRightEntryFirst(String query, String expectedId) {
        assertThat(catalogue.searchProcedures(query))
                .first()
                .extracting(Procedure::id)
                .isEqualTo(expectedId);
    }

    @Test
    void blankQueryListsEverythingInCatalogueOrder() {
        assertThat(catalogue.searchConditions("  ")).isEqualTo(catalogue.conditions());
        assertThat(catalogue.searchProcedures(null)).isEqualTo(catalogue.procedures());
    }

    @Test
    void anAbsurdlyLongQueryIsCutShortInsteadOfCostingMuch() {
        String query = "sciatica " + "zzzz ".repeat(10_000);

        assertThat(catalogue.searchConditions(query)).isEmpty();
        assertThat(catalogue.searchConditions("sciatica " + "leg ".repeat(10_000)))
                .first()
                .extracting(Condition::id)
                .isEqualTo("sciatica");
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertThat(catalogue.searchConditions("toothache")).isEmpty();
        assertThat(catalogue.searchProcedures("xyzzy")).isEmpty();
    }

    @Test
    void shortWordsMustMatchExactlySoTheyDoNotDragInNoise() {
        assertThat(TypoDistance.allowedFor("leg")).isZero();
        assertThat(TypoDistance.allowedFor("disc")).isEqualTo(1);
        assertThat(TypoDistance.allowedFor("stenosys")).isEqualTo(2);
    }

    @Test
    void typoDistanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(TypoDistance.between("sciatcia", "sciatica")).isEqualTo(1);
        assertThat(TypoDistance.between("stenosys", "stenosis")).isEqualTo(1);
        assertThat(TypoDistance.between("spondylolisthsis", "spondylolisthesis"))
                .isEqualTo(1);
        assertThat(TypoDistance.between("disc", "disk")).isEqualTo(1);
        assertThat(TypoDistance.between("", "abc")).isEqualTo(3);
    }
}
