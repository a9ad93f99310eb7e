package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The front desk in a real browser: signs in (after a mistyped password), opens today's agenda, verifies the
 * scans of a pending appointment and checks the patient in, and records a no-show for a patient who did not come.
 *
 * <p>Check-in is only possible on the day and a no-show only after the start, so the test gives one specialist
 * two 30-minute slots, the first starting a minute or two from now (the stack runs with no minimum notice, see the pom).
 */
class DeskJourneyBrowserTest {

    private static final ZoneId CLINIC = ZoneId.of("Asia/Kolkata");
    private static final String SPECIALIST = "dr-kavita-menon";
    private static final String CONDITION = "spinal-tumour"; // a new consultation needs a whole-spine MRI

    private static GatewayClient gateway;
    private static Browser browser;
    private static String staffToken;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningStack stack = RunningStack.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        staffToken = gateway.staffToken();
        browser = Browser.open(stack.gatewayUrl());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theDeskVerifiesScansChecksOnePatientInAndRecordsTheOtherAsNoShow() throws Exception {
        ZonedDateTime firstStart =
                ZonedDateTime.now(CLINIC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
        List<String> slots = twoSlotsToday(firstStart);
        String noShowReference = book(slots.get(0), "Lata Shah");
        String arrivingReference = book(slots.get(1), "Ravi Kumar");

        browser.go("/desk");
        browser.visible(By.id("login-view"));
        browser.screenshots("desk-login");
        browser.type(By.id("login-username"), "desk");
        browser.type(By.id("login-password"), "not-the-password");
        browser.click(By.id("login-submit"));
        assertThat(browser.textContaining(By.id("login-message"), "not correct"))
                .contains("user name or password");
        assertThat(browser.driver().findElement(By.id("console-view")).isDisplayed())
                .isFalse();

        browser.type(By.id("login-password"), "spinecare-desk");
        browser.click(By.id("login-submit"));
        browser.visible(By.id("console-view"));
        assertThat(browser.visible(By.id("session-user")).getText()).contains("desk");

        new Select(browser.visible(By.id("agenda-specialist"))).selectByValue(SPECIALIST);
        browser.setDate(By.id("agenda-date"), firstStart.toLocalDate().toString());
        String arriving = row(arrivingReference);
        String noShow = row(noShowReference);
        browser.visible(By.cssSelector("#agenda [data-testid='agenda-group']"));
        browser.withAttribute(By.cssSelector(arriving), "data-status", "pending");
        browser.withAttribute(By.cssSelector(noShow), "data-status", "pending");
        assertThat(browser.visible(within(arriving, "[data-testid='patient-name']"))
                        .getText())
                .isEqualTo("Ravi Kumar");
        assertThat(browser.visible(within(arriving, "[data-testid='appointment-status']"))
                        .getText())
                .containsIgnoringCase("scans outstanding");
        browser.screenshots("desk-agenda");

        browser.click(within(arriving, "button[data-action='verify-prerequisites']"));
        browser.withAttribute(By.cssSelector(arriving), "data-status", "booked");
        assertThat(browser.visible(within(arriving, "[data-testid='appointment-status']"))
                        .getText())
                .containsIgnoringCase("booked");

        browser.click(within(arriving, "button[data-action='check-in']"));
        browser.withAttribute(By.cssSelector(arriving), "data-status", "arrived");
        assertThat(browser.textContaining(By.id("agenda-status"), "Ravi Kumar")).isNotBlank();

        // A no-show can be recorded once the appointment's start has passed.
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> ZonedDateTime.now(CLINIC).isAfter(firstStart.plusSeconds(1)));
        browser.click(within(noShow, "button[data-action='no-show']"));
        browser.withAttribute(By.cssSelector(noShow), "data-status", "noshow");
        assertThat(browser.visible(within(noShow, "[data-testid='appointment-status']"))
                        .getText())
                .isNotBlank();
        assertThat(browser.driver().findElement(By.cssSelector(arriving)).getDomAttribute("data-status"))
                .isEqualTo("arrived");
        browser.screenshots("desk-agenda-after");
    }

    private static String row(String reference) {
        return "#agenda li[data-testid='agenda-appointment'][data-reference='" + reference + "']";
    }

    private static By within(String row, String css) {
        return By.cssSelector(row + " " + css);
    }

    /** Replaces today's hours of the specialist with two 30-minute slots from {@code start} and publishes them. */
    private static List<String> twoSlotsToday(ZonedDateTime start) throws Exception {
        LocalTime from = start.toLocalTime();
        assertThat(from.plusMinutes(60)).as("the two slots fit before midnight").isAfter(from);
        Map<String, String> staff = Map.of("Authorization", "Bearer " + staffToken);
        gateway.put(
                        "/api/desk/specialists/" + SPECIALIST + "/availability",
                        Map.of(
                                "weekly",
                                List.of(Map.of(
                                        "day", start.getDayOfWeek().name(),
                                        "start", from.toString(),
                                        "end", from.plusMinutes(60).toString(),
                                        "slotMinutes", 30))),
                        staff)
                .expect(200);
        LocalDate today = start.toLocalDate();
        gateway.post(
                        "/api/desk/slots/generate",
                        Map.of("specialistId", SPECIALIST, "from", today.toString(), "to", today.toString()),
                        staff)
                .expect(200);
        JsonNode free = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST + "&conditionId=" + CONDITION
                                + "&consultationType=NEW_CONSULTATION&from=" + today + "&to=" + today,
                        Map.of())
                .expect(200);
        List<String> ids =
                free.valueStream().map(slot -> slot.get("id").asText()).toList();
        assertThat(ids).hasSize(2);
        return ids;
    }

    private static String book(String slotId, String name) throws Exception {
        JsonNode hold = gateway.post("/api/slots/" + slotId + "/hold", Map.of(), Map.of())
                .expect(201);
        JsonNode booked = gateway.bookWithoutScans(slotId, hold.get("holdId").asText(), CONDITION, name)
                .expect(201);
        assertThat(booked.get("status").asText()).isEqualTo("pending");
        return booked.get("reference").asText();
    }
}
