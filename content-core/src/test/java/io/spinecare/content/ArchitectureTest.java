package io.spinecare.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** content-core is a plain library that every service can use: no Spring, no web or database types. */
@AnalyzeClasses(packages = "io.spinecare.content", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("content-core must stay a plain Java library (docs/architecture.md)");

    @ArchTest
    static final ArchRule onlyJacksonAndTheJdk = noClasses()
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("io.spinecare.content..", "java..", "tools.jackson..")
            .because("content-core depends on Jackson only");
}
