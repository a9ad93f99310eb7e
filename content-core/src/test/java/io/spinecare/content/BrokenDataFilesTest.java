package io.spinecare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each file under test resources catalogue/broken/ carries one defect; loading must refuse it with
 * a message naming the file, the entry and the field, so an editor can fix it without a debugger.
 */
class BrokenDataFilesTest {

    @TempDir
    Path dir;

    @Test
    void theMinimalTestCatalogueIsValid() {
        Catalogue catalogue = load(null);

        assertThat(catalogue.conditions()).hasSize(2);
        assertThat(catalogue.proceduresFor("sciatica"))
                .extracting(Procedure::id)
                .containsExactly("microdiscectomy");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        duplicate-condition-id           | conditions.yaml: condition 'herniated-disc' field 'id': duplicate id
        dangling-procedure-of-condition  | conditions.yaml: condition 'herniated-disc' field 'procedureIds': unknown procedure 'laser-magic'
        dangling-condition-of-procedure  | procedures.yaml: procedure 'microdiscectomy' field 'conditionIds': unknown condition 'toothache'
        dangling-red-flag                | conditions.yaml: condition 'herniated-disc' field 'redFlagIds': unknown red flag 'green-flag'
        dangling-condition-in-policy     | imaging-policy.yaml: condition 'broken-heart' field 'condition': unknown condition
        condition-without-policy         | imaging-policy.yaml: condition 'sciatica' field 'condition': missing
        missing-summary                  | conditions.yaml: condition 'sciatica' field 'summary': required field is missing
        malformed-icd10-code             | conditions.yaml: condition 'herniated-disc' field 'icd10Codes': malformed ICD-10-CM code 'M5126'
        malformed-snomed-code            | conditions.yaml: condition 'herniated-disc' field 'snomedCodes': malformed SNOMED CT code '2305600X'
        zero-duration                    | consultation-types.yaml: consultation type 'FOLLOW_UP' field 'durationMinutes': must be positive, was 0
        zero-max-age                     | imaging-policy.yaml: condition 'herniated-disc' field 'maxAgeDays': must be positive, was 0
        negative-max-age                 | imaging-policy.yaml: condition 'herniated-disc' field 'maxAgeDays': must be positive, was -30
        one-sided-link                   | procedures.yaml: procedure 'microdiscectomy' field 'conditionIds': lists condition 'sciatica' but conditions.yaml condition 'sciatica' does not list 'microdiscectomy'
        misspelt-field                   | conditions.yaml: condition 'herniated-disc' field 'synonym': unknown field
        missing-recovery-milestone       | procedures.yaml: procedure 'microdiscectomy' field 'recovery.deskWork': required field is missing
        unknown-modality                 | imaging-policy.yaml: condition 'herniated-disc' field 'modality': unknown Modality 'PET'
        imaging-for-type-without-imaging | imaging-policy.yaml: condition 'herniated-disc' field 'consultationTypes': FOLLOW_UP is not listed in 'imagingRequiredFor'
        missing-consultation-type        | consultation-types.yaml: consultation type 'POST_OPERATIVE' field 'type': missing
        negative-review-lead-days        | imaging-policy.yaml: policy field 'reviewLeadDays': must not be negative, was -1
        missing-id                       | conditions.yaml: condition #2 field 'id': required field is missing
        unknown-region                   | imaging-policy.yaml: condition 'herniated-disc' field 'region': unknown BodyRegion 'NECK'
        invalid-yaml                     | conditions.yaml: not valid YAML
        duplicate-yaml-key               | red-flags.yaml: not valid YAML (line 6): duplicate key 'why'
        missing-tier-advice              | red-flags.yaml: triage tier 'URGENT' field 'tier': missing
        routine-red-flag                 | red-flags.yaml: red flag 'night-pain' field 'tier': a red flag must raise EMERGENCY or URGENT
        universal-flag-repeated-by-condition | conditions.yaml: condition 'herniated-disc' field 'redFlagIds': 'saddle-numbness' is already asked of every condition
        missing-icd10-release            | conditions.yaml: top-level field 'icd10Release' must name the ICD-10-CM release
        missing-follow-ups               | procedures.yaml: procedure 'microdiscectomy' field 'followUps': required: a list of the follow-up visits
        overlapping-follow-ups           | procedures.yaml: procedure 'microdiscectomy' field 'followUps': visit 'review-6-weeks' must come after 'wound-check' with no overlap of their windows
        malformed-follow-up-period       | procedures.yaml: procedure 'microdiscectomy' field 'followUps.target': must be a period such as P2W, P10D or P3M, was '6 weeks' (follow-up 2)
        unknown-follow-up-modality       | procedures.yaml: procedure 'microdiscectomy' field 'followUps.imaging.modality': unknown Modality 'PET' (follow-up 2, scan 1)
        """)
    void aBrokenFileIsRejectedNamingFileEntryAndField(String defect, String expectedMessage) {
        assertThatThrownBy(() -> load(defect))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void everyProblemIsReportedAtOnceNotOnlyTheFirst() {
        Path directory = TestCatalogues.minimalWith(dir, "zero-max-age", "malformed-icd10-code", "zero-duration");

        assertThatThrownBy(() -> Catalogue.builder().dataDirectory(directory).build())
                .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.problems())
                        .hasSize(3)
                        .anySatisfy(p -> assertThat(p).startsWith("imaging-policy.yaml: condition 'herniated-disc'"))
                        .anySatisfy(p -> assertThat(p).startsWith("conditions.yaml: condition 'herniated-disc'"))
                        .anySatisfy(p ->
                                assertThat(p).startsWith("consultation-types.yaml: consultation type 'FOLLOW_UP'")))
                .hasMessageStartingWith("3 problems in the catalogue data files");
    }

    @Test
    void aMissingDataFileIsNamed() {
        Path empty = dir.resolve("empty");

        assertThatThrownBy(() -> Catalogue.builder().dataDirectory(empty).build())
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("conditions.yaml: cannot read");
    }

    private Catalogue load(String defect) {
        String[] defects = defect == null ? new String[0] : new String[] {defect};
        return Catalogue.builder()
                .dataDirectory(TestCatalogues.minimalWith(dir, defects))
                .build();
    }
}
