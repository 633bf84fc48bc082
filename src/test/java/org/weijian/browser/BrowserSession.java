package org.weijian.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, headless at 1366×768; no browser is ever downloaded
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set by the build). Screenshots go to target/screenshots.
 */
final class BrowserSession implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final Browser browser;

	BrowserSession() {
		this.playwright = Playwright.create();
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setHeadless(true)
				.setExecutablePath(Paths.get(System.getProperty("weijian.chromium", "/usr/bin/chromium")))
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	Page newPage() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
		return context.newPage();
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
