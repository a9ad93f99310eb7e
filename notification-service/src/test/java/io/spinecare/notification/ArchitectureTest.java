package io.spinecare.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.spinecare.notification");

    @Test
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("io.spinecare.notification.(*)..")
                .should()
                .beFreeOfCycles()
                .check(main);
    }

    @Test
    void messagesAreComposedWithoutKnowingKafkaMongoOrTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("..notification.message..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.kafka..",
                        "org.springframework.kafka..",
                        "org.springframework.data..",
                        "org.springframework.web..",
                        "jakarta.mail..")
                .check(main);
    }
}
