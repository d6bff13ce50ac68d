package io.livemart.web.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless system Chromium driven by Playwright, with a fake camera and microphone. Playwright never
 * downloads a browser here ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}); {@code LIVEMART_CHROMIUM} overrides
 * the path.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        String chromium = System.getenv().getOrDefault("LIVEMART_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException(chromium + " not found: apt-get install -y chromium (./livemart test does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                        "--autoplay-policy=no-user-gesture-required")));
    }

    /** A new page in its own context (its own sessionStorage: one user per page), phone-sized. */
    public Page newPage(String name) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(412, 860));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type())) {
                System.out.println("[" + name + " console " + m.type() + "] " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.out.println("[" + name + "] " + r.status() + " " + r.url());
            }
        });
        return page;
    }

    /** Waits for a condition; on timeout, fails with what the page shows in #notice. */
    public static void waitFor(Page page, String condition) {
        try {
            page.waitForFunction(condition);
        } catch (com.microsoft.playwright.TimeoutError e) {
            Object notice = page.evaluate("() => { const n = document.getElementById('notice'); "
                    + "const s = window.lmStudio || window.lmRoom || window.lmOrders || window.lmMerchant; "
                    + "return (n ? n.textContent : '') + ' / errors: ' + JSON.stringify(s ? s.errors : null); }");
            throw new AssertionError("Timed out waiting for " + condition + " on " + page.url() + "; the page says: " + notice, e);
        }
    }

    /** Fills in Keycloak's login form (the page must be on it). */
    public static void logIn(Page page, String username) {
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("#kc-login");
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
