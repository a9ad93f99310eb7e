package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The manage link as a patient gets it: read from the e-mail in the stack's mailbox and opened in Chromium. The
 * confirmation's link opens the appointment and moves it; the old link then stops working, and the link in the
 * reschedule e-mail opens the appointment, moves it again and cancels it.
 */
class ManageLinkFromEmailBrowserTest {

    private static final String SPECIALIST = "dr-kavita-menon";
    private static final String CONDITION = "vertebral-compression-fracture";
    private static final String PATIENT = "Nisha Kapoor";
    private static final String PATIENT_EMAIL = GatewayClient.emailOf(PATIENT);

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
    void theLinksInTheEmailsOpenTheAppointmentToRescheduleAndCancelAndAMovedAppointmentsOldLinkIsDead()
            throws Exception {
        JsonNode booked = bookTheFirstFreeSlot();
        String reference = booked.get("reference").asText();
        Inbox.Mail confirmation = inbox.awaitOne(
                PATIENT_EMAIL,
                reference,
                booked.get("status").asText().equals("pending") ? "scans needed" : "Appointment confirmed");
        String confirmationLink = manageLinkIn(confirmation, reference);
        assertThat(confirmationLink)
                .as("the token travels in the fragment, which the browser never sends")
                .startsWith(RunningStack.get().gatewayUrl() + "/manage/" + reference + "#token=")
                .doesNotContain("?");
        assertThat(confirmation.content()).doesNotContain("?token=");

        open(confirmationLink);
        assertThat(browser.visible(By.cssSelector("#appointment-view #appointment-reference"))
                        .getText())
                .isEqualTo(reference);
        assertThat(browser.driver().getCurrentUrl())
                .as("the page takes the token out of the address bar")
                .isEqualTo(RunningStack.get().gatewayUrl() + "/manage/" + reference);
        String firstTime = appointmentTime();
        rescheduleOnThePage();
        assertThat(appointmentTime()).isNotEqualTo(firstTime);

        String rescheduleLink = manageLinkIn(inbox.awaitOne(PATIENT_EMAIL, "has moved", reference), reference);
        assertThat(rescheduleLink).isNotEqualTo(confirmationLink);

        open(confirmationLink);
        browser.visible(By.id("token-form"));
        assertThat(browser.textContaining(By.id("manage-status"), "could not open"))
                .isNotBlank();
        assertThat(browser.driver().findElement(By.id("appointment-view")).isDisplayed())
                .isFalse();
        assertThat(gateway.get("/api/appointments/" + reference, Map.of("X-Manage-Token", tokenOf(confirmationLink)))
                        .status())
                .as("the confirmation's token after the move")
                .isEqualTo(404);

        open(rescheduleLink);
        assertThat(browser.visible(By.cssSelector("#appointment-view #appointment-reference"))
                        .getText())
                .isEqualTo(reference);
        String secondTime = appointmentTime();
        rescheduleOnThePage();
        assertThat(appointmentTime()).isNotEqualTo(secondTime);

        browser.click(By.id("cancel-start"));
        browser.click(By.id("cancel-yes"));
        browser.withAttribute(By.id("appointment-status"), "data-status", "cancelled");
        assertThat(browser.textContaining(By.id("manage-status"), "cancelled")).isNotBlank();
        assertThat(inbox.awaitOne(PATIENT_EMAIL, "is cancelled", reference).text())
                .contains(reference);
        assertThat(gateway.get("/api/appointments/" + reference, Map.of("X-Manage-Token", tokenOf(rescheduleLink)))
                        .status())
                .as("the reschedule e-mail's token after the second move")
                .isEqualTo(404);
    }

    private static JsonNode bookTheFirstFreeSlot() throws Exception {
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(3);
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
    private static String manageLinkIn(Inbox.Mail mail, String reference) {
        Matcher link = Pattern.compile("https?://\\S+/manage/" + reference + "#token=[A-Za-z0-9._~-]+")
                .matcher(mail.text());
        assertThat(link.find()).as("a manage link in %s", mail.text()).isTrue();
        return link.group();
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("#token=") + "#token=".length());
    }

    /** A fresh load: going from /manage/X to /manage/X#token=… in one document would only change the fragment. */
    private static void open(String link) {
        browser.driver().get("about:blank");
        browser.driver().get(link);
    }

    private static String appointmentTime() {
        return browser.visible(By.cssSelector("[data-testid='appointment-time']"))
                .getText();
    }

    private static void rescheduleOnThePage() {
        browser.click(By.id("reschedule-start"));
        String slot = slotChangeableOnline().getDomAttribute("data-slot-id");
        browser.click(By.cssSelector("#reschedule-slots button[data-slot-id='" + slot + "']"));
        browser.visible(By.id("reschedule-confirm"));
        browser.click(By.id("reschedule-yes"));
        browser.textContaining(By.id("manage-status"), "moved");
    }

    /** Patients may change an appointment online until 24 hours before it: a time at least two days ahead. */
    private static WebElement slotChangeableOnline() {
        String earliest = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2).toString();
        return browser.until(
                driver -> driver.findElements(By.cssSelector("#reschedule-slots button[data-testid='slot']")).stream()
                        .filter(button -> button.getDomAttribute("data-start")
                                        .substring(0, 10)
                                        .compareTo(earliest)
                                >= 0)
                        .findFirst()
                        .orElse(null));
    }
}
