package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A patient in a real browser: finds the slipped disc, books a new consultation without the lumbar MRI, is told
 * by when the MRI is due, then moves and cancels the appointment from the manage link.
 */
class PatientJourneyBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(RunningStack.get().gatewayUrl());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aPatientBooksWithoutTheirMriThenReschedulesAndCancelsFromTheManageLink() {
        browser.go("/");
        browser.type(By.id("search-q"), "slipped disc");
        browser.click(By.id("search-submit"));
        By herniatedDisc = By.cssSelector("#condition-results [data-condition-id='herniated-disc']");
        browser.visible(herniatedDisc);
        assertThat(browser.visible(By.id("search-summary")).getText()).isNotBlank();
        browser.screenshots("patient-search");

        browser.click(By.cssSelector("#condition-results [data-condition-id='herniated-disc'] h3 a"));
        assertThat(browser.textContaining(By.id("condition-name"), "disc")).containsIgnoringCase("herniated");
        browser.screenshots("patient-condition");

        browser.click(By.id("condition-book"));
        browser.click(By.id("type-NEW_CONSULTATION"));
        answerEveryRedFlagNo(); // asked before any time is shown (ADR 0210)
        browser.click(By.id("specialist-dr-meera-iyer"));
        WebElement slot = slotChangeableOnline("#slot-list");
        String slotDate = slot.getDomAttribute("data-start").substring(0, 10);
        browser.click(By.cssSelector("#slot-list button[data-slot-id='" + slot.getDomAttribute("data-slot-id") + "']"));

        browser.visible(By.id("hold-panel"));
        assertThat(browser.visible(By.id("hold-countdown")).getText()).matches("\\d{1,2}:\\d{2}");
        assertThat(browser.visible(By.id("hold-summary")).getText()).contains("Dr Meera Iyer");
        fillDetailsWithoutScans();
        assertThat(browser.driver().findElement(By.id("urgent-care")).isDisplayed())
                .isFalse();
        browser.screenshots("patient-booking-hold");

        browser.click(By.id("book-submit"));
        browser.visible(By.id("confirmation-heading"));
        String reference = browser.visible(By.id("appointment-reference")).getText();
        assertThat(reference).isNotBlank();
        assertThat(browser.visible(By.id("appointment-status")).getDomAttribute("data-status"))
                .isEqualTo("pending");
        WebElement mri = browser.visible(By.cssSelector("[data-testid='missing-scan'][data-modality='MRI']"));
        assertThat(mri.getDomAttribute("data-region")).isEqualTo("LUMBAR");
        assertThat(mri.getText()).containsIgnoringCase("lumbar").containsIgnoringCase("MRI");
        String dueBy =
                mri.findElement(By.cssSelector("[data-testid='scan-due']")).getDomAttribute("data-due-by");
        assertThat(LocalDate.parse(dueBy)).isBeforeOrEqualTo(LocalDate.parse(slotDate));
        browser.screenshots("patient-confirmation");

        browser.go(browser.visible(By.id("manage-link")).getDomAttribute("href"));
        assertThat(browser.visible(By.cssSelector("#appointment-view #appointment-reference"))
                        .getText())
                .isEqualTo(reference);
        assertThat(browser.visible(By.id("appointment-status")).getDomAttribute("data-status"))
                .isEqualTo("pending");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("token=");
        String firstTime = browser.visible(By.cssSelector("[data-testid='appointment-time']"))
                .getText();
        browser.screenshots("patient-manage");

        browser.click(By.id("reschedule-start"));
        String newSlot = slotChangeableOnline("#reschedule-slots").getDomAttribute("data-slot-id");
        browser.click(By.cssSelector("#reschedule-slots button[data-slot-id='" + newSlot + "']"));
        browser.visible(By.id("reschedule-confirm"));
        browser.click(By.id("reschedule-yes"));
        browser.textContaining(By.id("manage-status"), "moved");
        assertThat(browser.visible(By.id("appointment-status")).getDomAttribute("data-status"))
                .isEqualTo("pending");
        assertThat(browser.visible(By.cssSelector("[data-testid='appointment-time']"))
                        .getText())
                .isNotEqualTo(firstTime);

        browser.click(By.id("cancel-start"));
        browser.click(By.id("cancel-yes"));
        browser.withAttribute(By.id("appointment-status"), "data-status", "cancelled");
        assertThat(browser.visible(By.id("appointment-status")).getText()).containsIgnoringCase("cancel");
        assertThat(browser.textContaining(By.id("manage-status"), "cancelled")).isNotBlank();
        assertThat(browser.driver().findElement(By.id("manage-actions")).isDisplayed())
                .isFalse();
    }

    /**
     * A free time at least two days ahead: patients may change or cancel online only until 24 hours before the
     * start, and the test reschedules and cancels.
     */
    private static WebElement slotChangeableOnline(String list) {
        String earliest = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2).toString();
        return browser.until(
                driver -> driver.findElements(By.cssSelector(list + " button[data-testid='slot']")).stream()
                        .filter(button -> button.getDomAttribute("data-start")
                                        .substring(0, 10)
                                        .compareTo(earliest)
                                >= 0)
                        .findFirst()
                        .orElse(null));
    }

    private static void fillDetailsWithoutScans() {
        browser.type(By.id("patient-name"), "Asha Verma");
        browser.type(By.id("patient-email"), "asha.verma@example.org");
        browser.type(By.id("patient-phone"), "+91 98765 43210");
        browser.setDate(By.id("patient-dob"), "1980-04-12");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid='scan-row']")))
                .isEmpty();
    }

    private static void answerEveryRedFlagNo() {
        var questions = browser.allVisible(By.cssSelector("[data-testid='redflag-question']"));
        assertThat(questions).isNotEmpty();
        for (WebElement question : questions) {
            String id = question.getDomAttribute("data-red-flag-id");
            browser.click(By.id("redflag-" + id + "-no"));
        }
    }
}
