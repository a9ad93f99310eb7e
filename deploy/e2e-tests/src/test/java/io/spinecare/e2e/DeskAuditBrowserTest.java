package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** The desk blocks a slot and edits a specialist's availability, then finds both in the audit view under its name. */
class DeskAuditBrowserTest {

    private static final String SPECIALIST = "dr-meera-iyer";

    private static GatewayClient gateway;
    private static Browser browser;
    private static Map<String, String> staff;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningStack stack = RunningStack.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        staff = Map.of("Authorization", "Bearer " + gateway.staffToken());
        browser = Browser.open(stack.gatewayUrl());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aBlockedSlotAndAnAvailabilityEditAppearInTheAuditViewWithTheStaffUser() throws Exception {
        LocalDate day = LocalDate.now().plusDays(8);
        for (int tries = 0; tries < 10 && freeSlotOn(day) == null; tries++) {
            day = day.plusDays(1); // the demo specialist does not consult every day
        }
        String slotId = freeSlotOn(day);
        assertThat(slotId).as("a free slot of %s in the demo data", SPECIALIST).isNotNull();
        browser.go("/desk");
        browser.type(By.id("login-username"), "desk");
        browser.type(By.id("login-password"), "spinecare-desk");
        browser.click(By.id("login-submit"));
        browser.visible(By.id("console-view"));
        new Select(browser.visible(By.id("agenda-specialist"))).selectByValue(SPECIALIST);
        browser.setDate(By.id("agenda-date"), day.toString());
        String row = "#agenda li[data-testid='agenda-slot'][data-slot-id='" + slotId + "']";
        browser.click(By.cssSelector(row + " button[data-action='block']"));
        browser.withAttribute(By.cssSelector(row), "data-status", "busy-unavailable");
        editAvailability();

        browser.click(By.id("tab-audit"));
        browser.type(By.id("audit-staff"), "desk");
        browser.click(By.id("audit-submit"));

        String blocked = "#audit-list li[data-action='slot.block'][data-target-id='" + slotId + "']";
        String edited = "#audit-list li[data-action='specialist.availability'][data-target-id='" + SPECIALIST + "']";
        assertThat(browser.visible(By.cssSelector(blocked)).getText())
                .contains("by desk")
                .contains("status: free → busy-unavailable");
        assertThat(browser.visible(By.cssSelector(edited)).getText()).contains("by desk", "weekly:");
        browser.screenshots("desk-audit");
    }

    private static String freeSlotOn(LocalDate day) throws Exception {
        JsonNode agenda = gateway.get("/api/desk/agenda?date=" + day + "&specialistId=" + SPECIALIST, staff)
                .expect(200);
        return agenda.get("slots")
                .valueStream()
                .filter(slot -> "free".equals(slot.get("status").asText()))
                .map(slot -> slot.get("id").asText())
                .findFirst()
                .orElse(null);
    }

    /** The specialist's own weekly windows again, each with five more minutes of buffer (slots made later only). */
    private static void editAvailability() throws Exception {
        JsonNode specialist =
                gateway.get("/api/desk/specialists/" + SPECIALIST, staff).expect(200);
        List<Map<String, Object>> weekly = new ArrayList<>();
        for (JsonNode w : specialist.get("availability").get("weekly")) {
            weekly.add(Map.of(
                    "day", w.get("day").asText(),
                    "start", w.get("start").asText(),
                    "end", w.get("end").asText(),
                    "slotMinutes", w.get("slotMinutes").asInt(),
                    "bufferMinutes", (w.get("bufferMinutes").asInt() + 5) % 60,
                    "mode", w.get("mode").asText()));
        }
        gateway.put("/api/desk/specialists/" + SPECIALIST + "/availability", Map.of("weekly", weekly), staff)
                .expect(200);
    }
}
