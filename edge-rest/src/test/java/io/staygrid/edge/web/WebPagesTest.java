package io.staygrid.edge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.edge.standin.StandIns;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page shells: served as HTML with their security headers, their scripts present, errors as pages. */
@QuarkusTest
@WithTestResource(StandIns.class)
class WebPagesTest {

    static final List<String> PAGES = List.of("/", "/hotels/1", "/hotels/1/room-types/2", "/book", "/reservations",
            "/reservations/5b0c1f56-3f0e-4a55-9d55-6f1f5a0f8e11", "/reservations/5b0c1f56-3f0e-4a55-9d55-6f1f5a0f8e11/confirmation",
            "/sign-in", "/admin", "/admin/hotels/1", "/admin/hotels/1/inventory", "/admin/hotels/1/rates",
            "/admin/hotels/1/policies", "/admin/hotels/1/arrivals", "/admin/hotels/1/book");
    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:[^'\"]+ from )?'([^']+)';");

    @Test
    void everyPageIsHtmlWithItsSecurityHeadersAndNoInlineScript() {
        for (String page : PAGES) {
            String html = given().accept("text/html").get(page).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Frame-Options", "DENY")
                    .header("Cache-Control", "no-store")
                    .body(containsString("<main id=\"main\""))
                    .extract().asString();
            assertThat(html).as(page).doesNotContain("<script>").doesNotContain("style=");
            assertThat(SCRIPT.matcher(html).find()).as("%s has its page module", page).isTrue();
        }
    }

    @Test
    void everyPageModuleAndEverythingItImportsIsServed() {
        Set<String> seen = new HashSet<>();
        Deque<String> modules = new ArrayDeque<>();
        for (String page : PAGES) {
            Matcher script = SCRIPT.matcher(given().get(page).asString());
            assertThat(script.find()).isTrue();
            modules.add(script.group(1));
        }
        while (!modules.isEmpty()) {
            String module = modules.poll();
            if (!seen.add(module)) {
                continue;
            }
            String source = given().get(module).then().statusCode(200).contentType(containsString("javascript")).extract().asString();
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                modules.add(java.net.URI.create("http://x" + module).resolve(imports.group(1)).getPath());
            }
        }
        assertThat(seen).contains("/assets/js/api.js", "/assets/js/session.js", "/assets/js/pages/admin-rates.js");
        given().get("/assets/site.css").then().statusCode(200);
        given().get("/assets/favicon.svg").then().statusCode(200);
    }

    @Test
    void aBrowserAskingForAMissingPageGetsAPageAndTheApiKeepsProblemJson() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/no-such-page").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Page not found"));
        given().accept("text/html").get("/hotels/not-a-number").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Page not found"));
        given().accept("text/html").get("/admin/hotels/0/rates").then().statusCode(404).contentType(startsWith("text/html"));
        given().accept("text/html").get("/v1/no-such-resource").then().statusCode(404)
                .contentType("application/problem+json").body("reason", equalTo("NOT_FOUND"));
        given().get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void outsideDevAndLocalTheSignInPageSendsToTheIdentityProvider() {
        given().get("/sign-in").then().statusCode(200)
                .body(containsString("data-sign-in=\"oidc\""))
                .body(containsString("href=\"/sign-in/oidc\""))
                .body(not(containsString("data-dev-sign-in")));
        // Without the prod OIDC tenant nothing authenticates the handoff: it hands out nothing.
        given().accept("text/html").get("/sign-in/oidc").then().statusCode(401).contentType(startsWith("text/html"))
                .body(not(containsString("data-access-token")));
    }

    @Test
    void thePagesAreNotPartOfTheApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", not(hasKey("/admin")))
                .body("paths", not(hasKey("/sign-in")))
                .body("paths", not(hasKey("/hotels/{hotelID}")))
                .body("paths", hasKey("/v1/hotels/{hotelID}"));
    }
}
