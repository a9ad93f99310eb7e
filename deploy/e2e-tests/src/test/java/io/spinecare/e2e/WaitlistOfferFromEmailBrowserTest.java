package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Waitlist offers as patients live them, through the gateway only (ADR 0222): a full day of a specialist, two
 * patients waiting for it; a cancellation frees a slot, the longest-waiting patient's offer e-mail arrives in the
 * stack's mailbox, its link opened in Chromium books the slot with one click; the next cancellation's slot goes to
 * the second patient, not the slot the first one took.
 */
class WaitlistOfferFromEmailBrowserTest {

    private static final ZoneId CLINIC = ZoneId.of("Asia/Kolkata");
    private static final String SPECIALIST = "dr-leela-nair";
    private static final String CONDITION = "sciatica";
    private static final String FIRST_WAITING = "Farah Siddiqui";
    private static final String SECOND_WAITING = "Gopal Menon";

    private static Browser browser;
    private static GatewayClient gateway;
    private static Inbox inbox;
    private static Map<String, String> desk;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningStack stack = RunningStack.get();
        browser = Browser.open(stack.gatewayUrl());
        gateway = new GatewayClient(stack.gatewayUrl());
        inbox = new Inbox(stack);
        desk = Map.of("Authorization", "Bearer " + gateway.staffToken());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aCancelledSlotIsOfferedByEmailAcceptedInTheBrowserAndTheNextFreedSlotGoesToTheNextPatient() throws Exception {
        LocalDate day = LocalDate.now(CLINIC).plusDays(5);
        JsonNode slots = aSpecialistWithTwoSlotsOn(day);
        JsonNode first = gateway.bookWithoutScans(idOf(slots.get(0)), null, CONDITION, "Hari Prasad")
                .expect(201);
        JsonNode second = gateway.bookWithoutScans(idOf(slots.get(1)), null, CONDITION, "Isha Kulkarni")
                .expect(201);
        String firstEntry = joinTheWaitlist(FIRST_WAITING, day);
        String secondEntry = joinTheWaitlist(SECOND_WAITING, day);

        cancel(first);
        String firstLink = offerLinkIn(inbox.awaitOne(GatewayClient.emailOf(FIRST_WAITING), "A slot has come free"));
        assertThat(firstLink).doesNotContain("?");
        open(firstLink);
        assertThat(browser.visible(By.cssSelector("[data-testid='offer-time']")).getDomAttribute("data-start"))
                .startsWith(day.toString());
        browser.click(By.id("offer-accept"));
        browser.withAttribute(By.id("offer-view"), "data-state", "accepted");
        String reference = browser.until(
                driver -> driver.findElement(By.id("offer-status")).getDomAttribute("data-reference"));

        JsonNode booked = gateway.get("/api/desk/appointments?q=" + reference, desk)
                .expect(200)
                .get(0);
        assertThat(booked.get("slotId").asText()).isEqualTo(idOf(slots.get(0)));
        assertThat(booked.get("status").asText()).isIn("BOOKED", "PENDING", "booked", "pending");
        assertThat(booked.get("patient").get("email").asText()).isEqualTo(GatewayClient.emailOf(FIRST_WAITING));

        theDeskSeesTheAcceptedOfferAndTheOtherPatientWaiting(firstEntry, secondEntry, idOf(slots.get(0)));

        cancel(second);
        String secondLink = offerLinkIn(inbox.awaitOne(GatewayClient.emailOf(SECOND_WAITING), "A slot has come free"));
        JsonNode offered = gateway.get(offerPath(secondLink), Map.of("X-Manage-Token", tokenOf(secondLink)))
                .expect(200);
        assertThat(instantOf(offered))
                .as("the next freed slot, not the one the first patient took")
                .isEqualTo(instantOf(slots.get(1)))
                .isNotEqualTo(instantOf(slots.get(0)));
        assertThat(inbox.matching(GatewayClient.emailOf(FIRST_WAITING), "A slot has come free"))
                .as("the first patient booked and left the list: no second offer")
                .hasSize(1);
    }

    /** A specialist of this test's own whose only slots are two on the day, so nothing else can be offered. */
    private static JsonNode aSpecialistWithTwoSlotsOn(LocalDate day) throws Exception {
        gateway.post(
                        "/api/desk/specialists",
                        Map.of(
                                "id",
                                SPECIALIST,
                                "name",
                                "Dr Leela Nair",
                                "subSpecialty",
                                "Disc surgery",
                                "conditionIds",
                                List.of(CONDITION),
                                "consultationTypes",
                                List.of("NEW_CONSULTATION"),
                                "modes",
                                List.of("IN_PERSON"),
                                "location",
                                "SpineCare Clinic, Outpatients, Room 9"),
                        desk)
                .expect(201);
        List<Map<String, Object>> weekly = new ArrayList<>();
        for (String weekday : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.add(Map.of("day", weekday, "start", "09:00", "end", "10:00", "slotMinutes", 30));
        }
        gateway.put("/api/desk/specialists/" + SPECIALIST + "/availability", Map.of("weekly", weekly), desk)
                .expect(200);
        gateway.post(
                        "/api/desk/slots/generate",
                        Map.of("specialistId", SPECIALIST, "from", day.toString(), "to", day.toString()),
                        desk)
                .expect(200);
        JsonNode free = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST + "&conditionId=" + CONDITION
                                + "&consultationType=NEW_CONSULTATION&from=" + day + "&to=" + day,
                        Map.of())
                .expect(200);
        assertThat(free.size()).isEqualTo(2);
        return free;
    }

    private static String idOf(JsonNode slot) {
        return slot.get("id").asText();
    }

    private static Instant instantOf(JsonNode slotOrOffer) {
        return OffsetDateTime.parse(slotOrOffer.get("start").asText()).toInstant();
    }

    /** The desk's waitlist view: each entry's state, and the offer history of the one who booked. */
    private static void theDeskSeesTheAcceptedOfferAndTheOtherPatientWaiting(
            String firstEntry, String secondEntry, String slotId) {
        browser.go("/desk");
        browser.type(By.id("login-username"), "desk");
        browser.type(By.id("login-password"), "spinecare-desk");
        browser.click(By.id("login-submit"));
        browser.visible(By.id("console-view"));
        browser.click(By.id("tab-waitlist"));
        String first = "#waitlist-list li[data-testid='waitlist-entry'][data-entry-id='" + firstEntry + "']";
        browser.withAttribute(By.cssSelector(first), "data-state", "BOOKED");
        browser.withAttribute(
                By.cssSelector("#waitlist-list li[data-entry-id='" + secondEntry + "']"), "data-state", "WAITING");
        browser.click(By.cssSelector(first + " button[data-action='waitlist-history']"));
        assertThat(browser.visible(By.cssSelector(first + " li[data-testid='waitlist-offer']"))
                        .getDomAttribute("data-state"))
                .isEqualTo("ACCEPTED");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(first + " li[data-testid='waitlist-offer']"))
                        .getDomAttribute("data-slot-id"))
                .isEqualTo(slotId);
    }

    private static String joinTheWaitlist(String patient, LocalDate day) throws Exception {
        return gateway.post(
                        "/api/waitlist",
                        Map.of(
                                "conditionId",
                                CONDITION,
                                "consultationType",
                                "NEW_CONSULTATION",
                                "specialistId",
                                SPECIALIST,
                                "earliest",
                                day.toString(),
                                "latest",
                                day.toString(),
                                "patient",
                                Map.of(
                                        "name",
                                        patient,
                                        "email",
                                        GatewayClient.emailOf(patient),
                                        "phone",
                                        "+91 98765 43210",
                                        "dateOfBirth",
                                        "1980-02-14")),
                        Map.of())
                .expect(201)
                .get("id")
                .asText();
    }

    private static void cancel(JsonNode booked) throws Exception {
        gateway.post(
                        "/api/appointments/" + booked.get("reference").asText() + "/cancel",
                        Map.of("reason", "SCHEDULE_CONFLICT"),
                        Map.of("X-Manage-Token", booked.get("manageToken").asText()))
                .expect(200);
    }

    /** The offer link exactly as the patient's mail client shows it in the plain-text part. */
    private static String offerLinkIn(Inbox.Mail mail) {
        Matcher link = Pattern.compile("https?://\\S+/waitlist/offers/[0-9a-f-]+#token=[A-Za-z0-9._~-]+")
                .matcher(mail.text());
        assertThat(link.find()).as("an offer link in %s", mail.text()).isTrue();
        return link.group();
    }

    private static String offerPath(String link) {
        String path = link.substring(link.indexOf("/waitlist/offers/"), link.indexOf('#'));
        return "/api" + path;
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("#token=") + "#token=".length());
    }

    /** A fresh load, so the page reads the token from the fragment. */
    private static void open(String link) {
        browser.driver().get("about:blank");
        browser.driver().get(link);
    }
}
