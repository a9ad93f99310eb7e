package io.spinecare.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.spinecare.booking.slot.SlotBooking;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layout of booking-service (README, "Packages"): the domain packages {@code appointment}, {@code slot}
 * and {@code specialist} know nothing of HTTP; the endpoints live in the package of who calls them.
 */
@AnalyzeClasses(packages = "io.spinecare.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"..booking.appointment..", "..booking.slot..", "..booking.specialist.."};

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.spinecare.booking.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersLiveWithTheirCallers = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAnyPackage(
                    "..booking.patient",
                    "..booking.desk",
                    "..booking.fhir",
                    "..booking.catalog",
                    "..booking.waitlist",
                    "..booking.privacy",
                    "..booking.audit",
                    "..booking.web")
            .because("endpoints belong to who calls them (patient, desk, another clinic system) or to a"
                    + " feature with no domain package of its own; never to appointment, slot or specialist");

    @ArchTest
    static final ArchRule theDomainKnowsNoHttp = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "io.spinecare.booking.web..")
            .because("domain code refuses with a BookingFailure; web/FailureProblems alone maps it to HTTP");

    @ArchTest
    static final ArchRule problemsAreBuiltOnlyAtTheEdge = noClasses()
            .that()
            .resideOutsideOfPackages("..booking.web..", "..booking.fhir..")
            .should()
            .dependOnClassesThat()
            .haveSimpleName("ProblemException")
            .because("feature code throws a BookingFailure, never an HTTP answer");

    @ArchTest
    static final ArchRule oneWayToTakeASlot = noClasses()
            .that()
            .resideOutsideOfPackage("..booking.slot..")
            .and()
            .doNotHaveFullyQualifiedName("io.spinecare.booking.appointment.AppointmentSlots")
            .should()
            .callMethod(SlotBooking.class, "claim", String.class, String.class, String.class, String.class)
            .orShould()
            .callMethod(SlotBooking.class, "requireClaimable", String.class, String.class, String.class, String.class)
            .because("an appointment takes a slot only through AppointmentSlots (ADR 0208)");

    @ArchTest
    static final ArchRule settingsAreProperties = classes()
            .that()
            .areAnnotatedWith(ConfigurationProperties.class)
            .should()
            .haveSimpleNameEndingWith("Properties")
            .because("every service names its typed settings *Properties");

    @ArchTest
    static final ArchRule oneStoreHealthCheck = noClasses()
            .should()
            .dependOnClassesThat()
            .areAssignableTo(HealthIndicator.class)
            .because("the store's health check is service-store's, shared with notification-service");
}
