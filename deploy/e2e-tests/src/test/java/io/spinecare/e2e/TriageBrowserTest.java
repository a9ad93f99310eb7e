package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Red-flag triage in a real browser (ADR 0210), one test per tier: the patient answers the questions as they
 * would, before any time is shown, and the test checks what the patient sees and what the desk sees. Also: the
 * scans a consultation needs are on the condition page before any time is chosen.
 */
class TriageBrowserTest {

    private static final String CONDITION = "herniated-disc";
    private static final String SPECIALIST = "dr-meera-iyer";
    private static final String TRIAGE_INBOX = "triage@spinecare.example";

    private static RunningStack stack;
    private static GatewayClient gateway;
    private static Browser browser;
    private static String staffToken;

    @BeforeAll
    static void openBrowser() throws Exception {
        stack = RunningStack.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        staffToken = gateway.staffToken();
        browser = Browser.open(stack.gatewayUrl());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theConditionPageAndTheFirstBookingStepShowTheScansNeededBeforeAnyTime() {
        browser.go("/#/conditions/" + CONDITION);
        WebElement mri = browser.visible(
                By.cssSelector(
                        "[data-testid='condition-scans'] [data-testid='required-scan'][data-modality='MRI'][data-region='LUMBAR']"));
        assertThat(mri.getText())
                .containsIgnoringCase("lumbar")
                .containsIgnoringCase("MRI")
                .contains("12 months");
        assertThat(mri.getDomAttribute("data-max-age-days")).isEqualTo("365");
        assertThat(browser.driver().findElements(By.cssSelector("button[data-testid='slot']")))
                .noneMatch(WebElement::isDisplayed);
        browser.screenshots("triage-condition-scans");

        browser.click(By.id("condition-book"));
        browser.click(By.id("type-NEW_CONSULTATION"));
        browser.visible(By.cssSelector("#scans-needed [data-testid='required-scan'][data-modality='MRI']"));
        assertThat(browser.driver().findElement(By.id("step-specialist")).isDisplayed())
                .as("no time is offered before the questions are answered")
                .isFalse();
        browser.click(By.cssSelector("#scans-needed button[data-testid='scan-have'][data-modality='MRI']"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-testid='scan-row'] select[data-testid='scan-region']"))
                        .getDomProperty("value"))
                .isEqualTo("LUMBAR");
    }

    @Test
    void anEmergencyAnswerShowsTheEmergencyAdviceAndBooksNothing() throws Exception {
        int freeBefore = freeSlots();
        int reviewsBefore = reviews().size();
        startBooking();

        answer(Map.of("saddle-numbness", true));

        WebElement advice = browser.withAttribute(By.id("triage-advice"), "data-tier", "EMERGENCY");
        assertThat(advice.getText()).contains("emergency department now").contains("Nothing has been booked");
        assertThat(browser.driver().findElement(By.id("step-specialist")).isDisplayed())
                .isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("button[data-testid='slot']")))
                .noneMatch(WebElement::isDisplayed);
        browser.screenshots("triage-emergency");

        // the desk sees nothing: no review, no slot taken
        assertThat(reviews()).hasSize(reviewsBefore);
        assertThat(freeSlots()).isEqualTo(freeBefore);
    }

    @Test
    void anUrgentAnswerBooksTheEarliestTimeFlaggedAlertsTheTriageInboxAndTheDeskAcknowledgesIt() throws Exception {
        String name = "Uma " + surname();
        startBooking();

        answer(Map.of("cancer-history", true));

        WebElement advice = browser.withAttribute(By.id("triage-advice"), "data-tier", "URGENT");
        assertThat(advice.getText()).contains("24 hours").doesNotContain("emergency department now");
        browser.click(By.id("specialist-" + SPECIALIST));
        WebElement earliest =
                browser.visible(By.cssSelector("#slot-list button[data-testid='slot'][data-earliest='true']"));
        List<WebElement> all = browser.allVisible(By.cssSelector("#slot-list button[data-testid='slot']"));
        assertThat(all.get(0).getDomAttribute("data-slot-id")).isEqualTo(earliest.getDomAttribute("data-slot-id"));
        String slotDate = earliest.getDomAttribute("data-start").substring(0, 10);
        browser.screenshots("triage-urgent-times");
        browser.click(By.cssSelector("#slot-list button[data-earliest='true']"));
        fillDetails(name);
        browser.click(By.id("urgent-ack"));
        browser.click(By.id("book-submit"));

        browser.visible(By.id("confirmation-heading"));
        String reference = browser.visible(By.id("appointment-reference")).getText();
        WebElement notice = browser.visible(By.cssSelector("[data-testid='red-flag-notice']"));
        assertThat(notice.getDomAttribute("data-tier")).isEqualTo("URGENT");
        assertThat(notice.getText()).contains("within 24 hours").contains("contact you");
        browser.screenshots("triage-urgent-confirmation");
        String manageLink = browser.visible(By.id("manage-link")).getDomAttribute("href");

        Inbox.Mail alert = new Inbox(stack).awaitOne(TRIAGE_INBOX, "Urgent review", reference);
        assertThat(alert.content())
                .contains("Have you ever been treated for cancer")
                .contains(reference);
        assertThat(new Inbox(stack).matching(GatewayClient.emailOf(name), "Urgent review"))
                .isEmpty();

        signInToTheDesk();
        new Select(browser.visible(By.id("agenda-specialist"))).selectByValue(SPECIALIST);
        browser.setDate(By.id("agenda-date"), slotDate);
        // The agenda renders again on each filter event, so read the row in one look, looked up again if replaced.
        By firstRow = By.cssSelector(
                "#agenda [data-testid='agenda-group'][data-specialist-id='" + SPECIALIST + "'] li[data-testid]");
        String[] row = browser.until(d -> {
            WebElement first = d.findElement(firstRow);
            return reference.equals(first.getDomAttribute("data-reference"))
                    ? new String[] {
                        first.getDomAttribute("data-appointment-id"),
                        first.findElement(By.cssSelector("[data-testid='red-flag']"))
                                .getDomAttribute("data-acknowledged")
                    }
                    : null;
        });
        String appointmentId = row[0];
        assertThat(row[1]).as("the red flag is not acknowledged yet").isEqualTo("false");
        browser.screenshots("triage-desk-agenda");

        browser.click(By.id("tab-reviews"));
        String item = "#review-list li[data-testid='review-item'][data-reference='" + reference + "']";
        assertThat(browser.visible(By.cssSelector(item + " [data-testid='review-answers']"))
                        .getText())
                .contains("treated for cancer");
        browser.screenshots("triage-desk-reviews");
        browser.click(By.cssSelector(item + " button[data-action='acknowledge-review']"));
        browser.textContaining(By.id("reviews-status"), "acknowledged");
        assertThat(browser.driver().findElements(By.cssSelector(item))).isEmpty();

        JsonNode appointment =
                gateway.get("/api/desk/appointments/" + appointmentId, staff()).expect(200);
        assertThat(appointment.get("reviewAcknowledged").asBoolean()).isTrue();
        assertThat(appointment.get("history").valueStream()).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("REVIEW_ACKNOWLEDGED");
            assertThat(line.get("actor").asText()).isEqualTo("staff:desk");
        });
        browser.click(By.id("tab-agenda"));
        browser.withAttribute(
                By.cssSelector("#agenda li[data-reference='" + reference + "'] [data-testid='red-flag']"),
                "data-acknowledged",
                "true");

        // the patient's manage page says what happens next, and that the team has reviewed the answers
        browser.go(manageLink);
        WebElement reviewed = browser.withAttribute(
                By.cssSelector("#appointment-view [data-testid='red-flag-notice']"), "data-acknowledged", "true");
        assertThat(reviewed.getText())
                .contains("Our team has reviewed your answers")
                .contains("emergency department");
    }

    @Test
    void allAnswersNoBooksARoutineAppointmentWithNoFlagAndNoReview() throws Exception {
        String name = "Rohan " + surname();
        int reviewsBefore = reviews().size();
        startBooking();

        answer(Map.of());

        browser.withAttribute(By.id("triage-advice"), "data-tier", "ROUTINE");
        browser.click(By.id("specialist-" + SPECIALIST));
        browser.visible(By.cssSelector("#slot-list button[data-testid='slot']"));
        assertThat(browser.driver().findElements(By.cssSelector("#slot-list button[data-earliest='true']")))
                .isEmpty();
        List<WebElement> slots = browser.allVisible(By.cssSelector("#slot-list button[data-testid='slot']"));
        String slotId = slots.get(slots.size() - 1).getDomAttribute("data-slot-id");
        browser.click(By.cssSelector("#slot-list button[data-slot-id='" + slotId + "']"));
        fillDetails(name);
        assertThat(browser.driver().findElement(By.id("urgent-care")).isDisplayed())
                .isFalse();
        browser.click(By.id("book-submit"));

        browser.visible(By.id("confirmation-heading"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid='red-flag-notice']")))
                .isEmpty();
        assertThat(reviews()).hasSize(reviewsBefore);
    }

    /** A fresh page load (a new query string), so nothing a previous test typed is left in the form. */
    private static void startBooking() {
        browser.go("/?visit=" + UUID.randomUUID() + "#/book/" + CONDITION);
        browser.click(By.id("type-NEW_CONSULTATION"));
        browser.visible(By.id("step-triage"));
    }

    /** Answers every question shown: yes for the given ids, no for the rest, as a patient clicks them. */
    private static void answer(Map<String, Boolean> yes) {
        List<WebElement> questions = browser.allVisible(By.cssSelector("[data-testid='redflag-question']"));
        List<String> ids = questions.stream()
                .map(q -> q.getDomAttribute("data-red-flag-id"))
                .toList();
        assertThat(ids).contains("bladder-bowel-dysfunction", "fever-or-infection", "cancer-history", "major-trauma");
        assertThat(ids).containsAll(yes.keySet());
        for (String id : ids) {
            browser.click(By.id("redflag-" + id + (yes.getOrDefault(id, false) ? "-yes" : "-no")));
        }
    }

    private static void fillDetails(String name) {
        browser.visible(By.id("hold-panel"));
        browser.type(By.id("patient-name"), name);
        browser.type(By.id("patient-email"), GatewayClient.emailOf(name));
        browser.type(By.id("patient-phone"), "+91 98765 43210");
        browser.setDate(By.id("patient-dob"), "1975-02-03");
    }

    private static void signInToTheDesk() {
        browser.go("/desk");
        browser.type(By.id("login-username"), "desk");
        browser.type(By.id("login-password"), "spinecare-desk");
        browser.click(By.id("login-submit"));
        browser.visible(By.id("console-view"));
    }

    /** A surname no other test uses (letters only: names with digits are refused). */
    private static String surname() {
        StringBuilder name = new StringBuilder("Test");
        UUID.randomUUID()
                .toString()
                .chars()
                .filter(Character::isLetterOrDigit)
                .limit(6)
                .forEach(c -> name.append((char) ('a' + Character.digit(c, 16))));
        return name.toString();
    }

    private static Map<String, String> staff() {
        return Map.of("Authorization", "Bearer " + staffToken);
    }

    private static List<JsonNode> reviews() throws Exception {
        return gateway.get("/api/desk/reviews", staff())
                .expect(200)
                .valueStream()
                .toList();
    }

    private static int freeSlots() throws Exception {
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        String later = java.time.LocalDate.parse(today).plusDays(13).toString();
        return (int) gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST + "&conditionId=" + CONDITION
                                + "&consultationType=NEW_CONSULTATION&from=" + today + "&to=" + later,
                        Map.of())
                .expect(200)
                .valueStream()
                .count();
    }
}
