package io.spinecare.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

// no profile here: a key made at start, as in the local profile (a missing key stops every other start)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spinecare.gateway.auth.generate-signing-key=true")
@AutoConfigureWebTestClient
class PageRoutesTest {

    private static final List<String> PAGES = List.of(
            "/",
            "/desk",
            "/desk/",
            "/manage/SC-7KQ2M9",
            "/manage/SC-7KQ2M9/",
            "/series/series-apt-1",
            "/series/series-apt-1/",
            "/waitlist/offers/0b7e3c1a-5d2f-4a8e-9c3b-1f2e3d4c5b6a");

    // src="/x" or href="/x" in a page; import ... from './x.js' (or bare import './x.js') in a module.
    private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"(/[^\"#?]+)\"");
    private static final Pattern MODULE_IMPORT =
            Pattern.compile("(?:^|\\n)\\s*import\\s+(?:[^'\"]*?\\s+from\\s+)?['\"]([^'\"]+)['\"]");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    WebTestClient client;

    @Test
    void patientPageIsTheWelcomePage() {
        assertThat(html("/")).contains("data-page=\"patient\"").contains("lang=\"en\"");
    }

    @Test
    void deskConsoleAnswersWithAndWithoutTrailingSlash() {
        assertThat(html("/desk")).contains("data-page=\"desk\"");
        assertThat(html("/desk/")).contains("data-page=\"desk\"");
    }

    @Test
    void managePageAnswersForAnyReferenceIsNeverCachedStaleAndSendsNoReferrer() {
        client.get()
                .uri("/manage/SC-7KQ2M9")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .cacheControl(CacheControl.noCache())
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("data-page=\"manage\""));
    }

    @Test
    void seriesPageAnswersForAnySeriesIsNeverCachedStaleAndSendsNoReferrer() {
        client.get()
                .uri("/series/series-apt-1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .cacheControl(CacheControl.noCache())
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("data-page=\"series\"")
                        .contains("<meta name=\"referrer\" content=\"no-referrer\">"));
    }

    @Test
    void waitlistOfferPageAnswersForAnyOfferIsNeverCachedStaleAndSendsNoReferrer() {
        client.get()
                .uri("/waitlist/offers/0b7e3c1a-5d2f-4a8e-9c3b-1f2e3d4c5b6a")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(CacheControl.noCache())
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("data-page=\"offer\"", "/js/patient/offer.js"));
    }

    @Test
    void headRequestsForThePagesAnswerLikeGet() {
        for (String page : List.of("/desk", "/manage/SC-7KQ2M9")) {
            client.head()
                    .uri(page)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        }
    }

    @Test
    void everyStylesheetScriptImageAndModuleImportThePagesUseIsServed() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        for (String page : PAGES) {
            addAll(toVisit, PAGE_ASSET.matcher(html(page)), URI.create(page));
        }
        while (!toVisit.isEmpty()) {
            String path = toVisit.pop();
            if (!seen.add(path)) {
                continue;
            }
            byte[] body = client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .returnResult()
                    .getResponseBody();
            if (path.endsWith(".js")) {
                addAll(toVisit, MODULE_IMPORT.matcher(new String(body, StandardCharsets.UTF_8)), URI.create(path));
            }
        }
        assertThat(seen)
                .contains("/css/spinecare.css", "/js/patient/main.js", "/js/desk/main.js", "/js/patient/manage.js")
                .contains("/js/patient/series.js", "/js/desk/series.js")
                .contains("/js/api.js", "/favicon.svg");
    }

    @Test
    void scriptsAreServedWithAJavaScriptTypeSoBrowsersRunThemAsModules() {
        client.get()
                .uri("/js/api.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Content-Type", type -> assertThat(type).contains("javascript"));
    }

    @Test
    void pagesNeedNoInlineScriptHandlerOrStyleSoAStrictContentSecurityPolicyHolds() {
        for (String page : PAGES) {
            String html = html(page);
            assertThat(INLINE_SCRIPT.matcher(html).find())
                    .as("inline <script> in %s", page)
                    .isFalse();
            assertThat(INLINE_HANDLER.matcher(html).find())
                    .as("on...= handler in %s", page)
                    .isFalse();
            assertThat(STYLE_ATTRIBUTE.matcher(html).find())
                    .as("style attribute in %s", page)
                    .isFalse();
            assertThat(html).as("external asset in %s", page).doesNotContain("src=\"http", "href=\"http", "//cdn");
        }
    }

    private String html(String path) {
        return client.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static void addAll(Deque<String> toVisit, Matcher matcher, URI base) {
        while (matcher.find()) {
            toVisit.add(base.resolve(matcher.group(1)).getPath());
        }
    }
}
