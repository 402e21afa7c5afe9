package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real browser (Debian's chromium) runs a web page served from another origin than the API's; the page's
 * own JavaScript signs in and lists buildings with fetch(). So CORS is checked by the browser itself, end to end.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The origin the shared platform admits, as host:port: the browser maps it to the page server. */
    private static final String ADMITTED_HOST = URI.create(CorsIT.ALLOWED).getAuthority();
    private static final String PAGE = "/browser/buildings.html";

    private HttpServer pages;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private RunningPlatform platform;
    private Api syndic;

    @BeforeAll
    void start(RunningPlatform platform) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM),
                CHROMIUM + " is missing: run scripts/install-test-tools (as root) to install the test suite's tools");
        this.platform = platform;
        syndic = Api.admin(platform).newOrganizationSyndic();
        pages = servePage();
        // The browser must find its own driver and nothing to download: this machine fetches no browser builds
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // The admitted origin names a fixed port that may be taken on this machine: the browser resolves it to
        // the page server's free port, and still treats the page as coming from http://localhost:3000
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--host-resolver-rules=MAP " + ADMITTED_HOST + " 127.0.0.1:" + pagesPort())));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void stop() {
        if (playwright != null) {
            playwright.close();
        }
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void aPageOnAnAdmittedOriginSignsInAndShowsTheSyndicsBuildings() throws Exception {
        syndic.created("/api/v1/buildings", building("Résidence du Parc"));
        syndic.created("/api/v1/buildings", building("Les Tilleuls"));

        Page page = signInThrough(CorsIT.ALLOWED);

        assertEquals("shown", page.locator("body").getAttribute("data-state"), page.locator("#error").textContent());
        assertEquals(Set.of("Résidence du Parc", "Les Tilleuls"),
                Set.copyOf(page.locator("#buildings li").allTextContents()));
    }

    @Test
    void theSamePageOnAnOriginNotAdmittedCannotReadTheApi() {
        Page page = signInThrough("http://127.0.0.1:" + pagesPort());

        assertEquals("failed", page.locator("body").getAttribute("data-state"));
        assertEquals("Failed to fetch", page.locator("#error").textContent(), "the browser withheld the answer");
        assertEquals(0, page.locator("#buildings li").count());
    }

    /** Opens the page from this origin in a fresh browser context, signs in as the syndic and waits for the end. */
    private Page signInThrough(String origin) {
        context = browser.newContext();
        Page page = context.newPage();
        page.navigate(origin + PAGE + "?api=" + platform.uri(""));
        page.getByLabel("E-mail").fill(syndic.user().getString("email"));
        page.getByLabel("Mot de passe").fill(Api.PASSWORD);
        page.getByText("Se connecter").click();
        page.locator("body[data-state]").waitFor();
        return page;
    }

    private static String building(String name) {
        return """
                {"name":"%s","address":"Rue Royale 1","city":"Bruxelles","postal_code":"1000","country":"Belgique",
                 "total_units":10}""".formatted(name);
    }

    /** Serves the page (a test resource) on a free loopback port. */
    private static HttpServer servePage() throws IOException {
        byte[] html;
        try (InputStream in = BrowserIT.class.getResourceAsStream(PAGE)) {
            html = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PAGE, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (var body = exchange.getResponseBody()) {
                body.write(html);
            }
        });
        server.start();
        return server;
    }

    private int pagesPort() {
        return pages.getAddress().getPort();
    }
}
