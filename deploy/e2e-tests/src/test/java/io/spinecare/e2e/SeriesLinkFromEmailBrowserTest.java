package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The follow-up series as the patient gets it, through the gateway only: the desk records a surgery in its
 * console, the series
 * e-mail arrives in the stack's mailbox, and its one link opens the series page in Chromium, where the patient
 * moves one visit inside its window and then confirms every visit with one click (ADR 0305).
 */
class SeriesLinkFromEmailBrowserTest {

    private static final String SPECIALIST = "dr-kavita-menon";
    private static final String CONDITION = "vertebral-compression-fracture";
    private static final String PATIENT = "Arjun Sethi";
    private static final String PATIENT_EMAIL = GatewayClient.emailOf(PATIENT);
    private static final ZoneId CLINIC = ZoneId.of("Asia/Kolkata");

    private static Browser browser;
    private static GatewayClient gateway;
    private static Inbox inbox;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningStack stack = RunningStack.get();
        browser = Browser.open(stack.gatewayUrl());
        gateway = new GatewayClient(stack.gatewayUrl());
        inbox = new Inbox(stack);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theSeriesLinkInTheEmailOpensTheVisitsOneMovesInsideItsWindowAndOneClickConfirmsThemAll() throws Exception {
        String staff = "Bearer " + gateway.staffToken();
        LocalDate today = LocalDate.now(CLINIC);
        // the demo diary covers three weeks; the 6-week and 3-month reviews need slots further out
        for (LocalDate[] range : List.of(
                new LocalDate[] {today.plusDays(20), today.plusDays(60)},
                new LocalDate[] {today.plusDays(61), today.plusDays(110)})) {
            gateway.post(
                            "/api/desk/slots/generate",
                            Map.of("specialistId", SPECIALIST, "from", range[0].toString(), "to", range[1].toString()),
                            Map.of("Authorization", staff))
                    .expect(200);
        }
        JsonNode booked = bookTheFirstFreeSlot();
        String appointmentId = booked.get("id").asText();
        String seriesId = "series-" + appointmentId;
        recordSurgeryAtTheDesk(booked.get("reference").asText(), appointmentId, today);
        JsonNode audit = gateway.get("/api/desk/audit?targetId=" + seriesId, Map.of("Authorization", staff))
                .expect(200);
        assertThat(audit.get("items").valueStream().map(r -> r.get("action").asText()))
                .containsExactly("series.record-surgery");

        Inbox.Mail mail = inbox.awaitOne(PATIENT_EMAIL, "follow-up visits after surgery");
        String link = seriesLinkIn(mail, seriesId);
        assertThat(link)
                .as("the token travels in the fragment, which the browser never sends")
                .startsWith(RunningStack.get().gatewayUrl() + "/series/" + seriesId + "#token=")
                .doesNotContain("?");

        browser.driver().get("about:blank");
        browser.driver().get(link);
        assertThat(browser.allVisible(By.cssSelector("#series-visits li[data-testid='series-visit']")))
                .hasSize(3);
        assertThat(browser.driver().getCurrentUrl())
                .as("the page takes the token out of the address bar")
                .isEqualTo(RunningStack.get().gatewayUrl() + "/series/" + seriesId);
        browser.withAttribute(By.id("series-state"), "data-status", "proposed");

        String review = "#series-visits li[data-visit-id='review-6-weeks']";
        String before = browser.visible(By.cssSelector(review)).getDomAttribute("data-slot-id");
        String woundBefore = browser.visible(By.cssSelector("#series-visits li[data-visit-id='wound-check']"))
                .getDomAttribute("data-slot-id");
        browser.click(By.cssSelector(review + " button[data-action='move-visit']"));
        WebElement other = browser.until(
                driver -> driver.findElements(By.cssSelector("#series-move-slots button[data-testid='slot']")).stream()
                        .findFirst()
                        .orElse(null));
        String chosen = other.getDomAttribute("data-slot-id");
        browser.click(By.cssSelector("#series-move-slots button[data-slot-id='" + chosen + "']"));
        browser.click(By.id("series-move-yes"));
        browser.textContaining(By.id("series-status"), "has moved");
        browser.withAttribute(By.cssSelector(review), "data-slot-id", chosen);
        assertThat(chosen).isNotEqualTo(before);
        assertThat(browser.visible(By.cssSelector("#series-visits li[data-visit-id='wound-check']"))
                        .getDomAttribute("data-slot-id"))
                .as("moving one visit leaves the others in place")
                .isEqualTo(woundBefore);

        browser.click(By.id("series-confirm"));
        browser.withAttribute(By.id("series-state"), "data-status", "confirmed");
        assertThat(browser.textContaining(By.id("series-status"), "booked")).isNotBlank();
        JsonNode confirmed = gateway.get(
                        "/api/series/" + seriesId,
                        Map.of("X-Manage-Token", link.substring(link.indexOf("#token=") + 7)))
                .expect(200);
        for (JsonNode visit : confirmed.get("visits")) {
            assertThat(visit.get("appointmentStatus").asText())
                    .as(visit.toString())
                    .isIn("booked", "pending");
        }
        assertThat(inbox.awaitOne(PATIENT_EMAIL, "follow-up visits are booked").text())
                .contains("Wound check");
    }

    /** The desk finds the appointment, records the surgery in the series dialog and sees the three visits. */
    private static void recordSurgeryAtTheDesk(String reference, String appointmentId, LocalDate today) {
        browser.go("/desk");
        browser.type(By.id("login-username"), "desk");
        browser.type(By.id("login-password"), "spinecare-desk");
        browser.click(By.id("login-submit"));
        browser.visible(By.id("console-view"));
        browser.click(By.id("tab-search"));
        browser.type(By.id("desk-search-q"), reference);
        browser.click(By.id("desk-search-submit"));
        browser.click(By.cssSelector(
                "#search-results li[data-appointment-id='" + appointmentId + "'] button[data-action='series']"));
        browser.visible(By.id("surgery-form"));
        browser.type(By.id("surgery-procedure"), "microdiscectomy");
        browser.setDate(By.id("surgery-date"), today.toString());
        new Select(browser.visible(By.id("surgery-surgeon"))).selectByValue(SPECIALIST);
        browser.click(By.id("surgery-submit"));
        browser.withAttribute(By.id("desk-series-state"), "data-status", "proposed");
        assertThat(browser.allVisible(By.cssSelector("#desk-series-visits li[data-testid='desk-series-visit']")))
                .hasSize(3)
                .allSatisfy(visit ->
                        assertThat(visit.getDomAttribute("data-status")).isEqualTo("held"));
        browser.click(By.id("series-close"));
    }

    private static JsonNode bookTheFirstFreeSlot() throws Exception {
        LocalDate from = LocalDate.now(CLINIC).plusDays(3);
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST + "&conditionId=" + CONDITION
                                + "&consultationType=NEW_CONSULTATION&from=" + from + "&to=" + from.plusDays(7),
                        Map.of())
                .expect(200);
        assertThat(slots.size()).isPositive();
        return gateway.bookWithoutScans(slots.get(0).get("id").asText(), null, CONDITION, PATIENT)
                .expect(201);
    }

    /** The link exactly as the patient's mail client shows it in the plain-text part. */
    private static String seriesLinkIn(Inbox.Mail mail, String seriesId) {
        Matcher link = Pattern.compile("https?://\\S+/series/" + Pattern.quote(seriesId) + "#token=[A-Za-z0-9._~-]+")
                .matcher(mail.text());
        assertThat(link.find()).as("a series link in %s", mail.text()).isTrue();
        return link.group();
    }
}
