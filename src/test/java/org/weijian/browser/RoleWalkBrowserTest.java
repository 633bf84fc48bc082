package org.weijian.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.weijian.support.DemoContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs in through the real login page as each demo user (one per role) and walks the pages that role
 * uses, following the first row of every list to its detail page; checks that each page renders (status
 * 200, no error page, no missing message key, a heading) and saves a screenshot of each under
 * target/screenshots.
 */
@DemoContext
class RoleWalkBrowserTest {

	static final String PASSWORD = "Demo@2026";

	static BrowserSession browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = new BrowserSession();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	/** Each demo user's pages; lists are followed to the detail page of their first row. */
	static final Map<String, List<String>> PAGES = new LinkedHashMap<>();
	static {
		PAGES.put("admin", List.of("/", "/regions", "/departments", "/inspectors", "/staffing?region=211100", "/institutions",
				"/units", "/practitioners", "/licences", "/registration", "/imports", "/admin/users", "/admin/tokens",
				"/admin/audit", "/inspection/plans", "/inspection/tiers", "/inspection/recusals", "/inspection/calendar",
				"/inspection/tasks", "/inspection/coverage", "/public/draws", "/public/results", "/monitoring/datasets",
				"/monitoring/rulebases", "/monitoring/leads", "/monitoring/effectiveness", "/monitoring/institutions",
				"/monitoring/stage-limits"));
		PAGES.put("leader.panjin", List.of("/", "/regions", "/departments", "/inspectors", "/staffing", "/institutions",
				"/practitioners", "/licences", "/registration", "/imports", "/inspection/plans", "/inspection/tiers",
				"/inspection/tiers/key-supervision", "/inspection/tasks", "/inspection/results/pending", "/inspection/coverage",
				"/public/draws", "/public/results", "/monitoring/datasets", "/monitoring/datasets/new", "/monitoring/rulebases",
				"/monitoring/rulebases/new?from=v1", "/monitoring/leads", "/monitoring/leads?stage=DISPOSAL", "/monitoring/effectiveness",
				"/monitoring/institutions", "/monitoring/stage-limits"));
		PAGES.put("inspector.panjin", List.of("/", "/institutions", "/units", "/practitioners", "/licences", "/inspectors",
				"/regions", "/inspection/tasks/mine", "/inspection/plans", "/inspection/recusals", "/public/draws", "/monitoring/datasets", "/monitoring/leads?stage=INITIAL_REVIEW",
				"/monitoring/leads?stage=VERIFICATION"));
		PAGES.put("inspector.laiwu", List.of("/", "/institutions", "/practitioners", "/regions", "/inspection/plans",
				"/inspection/tasks/mine"));
		PAGES.put("reviewer.panjin", List.of("/", "/registration", "/licences", "/institutions", "/inspection/plans",
				"/inspection/results/pending", "/public/results", "/monitoring/leads?stage=SECOND_REVIEW",
				"/monitoring/rulebases"));
		PAGES.put("handler.panjin", List.of("/", "/institutions", "/practitioners", "/departments", "/inspection/coverage"));
		PAGES.put("institution.demo", List.of("/", "/registration", "/licences", "/institutions", "/practitioners", "/portal/leads"));
		PAGES.put("exchange.demo", List.of("/", "/institutions"));
	}

	@Test
	void everyDemoUserLogsInAndWalksItsPages() {
		List<String> walked = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : PAGES.entrySet()) {
			String user = entry.getKey();
			Page page = browser.newPage();
			logIn(page, user);
			for (String path : entry.getValue()) {
				Response response = page.navigate(url(path));
				assertThat(response.status()).as("%s %s", user, path).isEqualTo(200);
				assertRendered(page, user + " " + path);
				BrowserSession.screenshot(page, shot(user, path));
				walked.add(user + " " + path);
				Locator firstRow = page.locator("main table tbody tr td a[href^='/']").first();
				if (!path.equals("/") && !path.startsWith("/admin") && firstRow.count() > 0) {
					String href = firstRow.getAttribute("href");
					Response detail = page.navigate(url(href));
					assertThat(detail.status()).as("%s %s", user, href).isEqualTo(200);
					assertRendered(page, user + " " + href);
					BrowserSession.screenshot(page, shot(user, path) + "_detail");
					walked.add(user + " " + href);
				}
			}
			page.context().close();
		}
		assertThat(walked).as("detail pages were reached from the lists")
			.anyMatch(w -> w.matches("admin /institutions/\\d+"))
			.anyMatch(w -> w.matches("admin /inspectors/\\d+"))
			.anyMatch(w -> w.matches("admin /licences/\\d+"))
			.anyMatch(w -> w.matches("leader.panjin /practitioners/\\d+"))
			.anyMatch(w -> w.matches("leader.panjin /inspection/plans/\\d+"))
			.anyMatch(w -> w.matches("admin /public/draws/.+"))
			.anyMatch(w -> w.matches("inspector.panjin /inspection/tasks/\\d+"))
			.anyMatch(w -> w.matches("leader.panjin /monitoring/datasets/\\d+"))
			.anyMatch(w -> w.matches("leader.panjin /monitoring/leads/\\d+"))
			.anyMatch(w -> w.matches("institution.demo /portal/leads/\\d+"));
	}

	@Test
	void theDrawsAndResultsArePublicWithoutLogin() {
		Page page = browser.newPage();
		Response list = page.navigate(url("/public/draws"));
		assertThat(list.status()).isEqualTo(200);
		assertRendered(page, "anonymous /public/draws");
		BrowserSession.screenshot(page, "anonymous_public_draws");
		Locator first = page.locator("main table tbody tr td a[href^='/public/draws/']").first();
		assertThat(first.count()).as("the demo has announced or drawn plans").isPositive();
		Response detail = page.navigate(url(first.getAttribute("href")));
		assertThat(detail.status()).isEqualTo(200);
		assertRendered(page, "anonymous draw detail");
		BrowserSession.screenshot(page, "anonymous_public_draw_detail");
		Response results = page.navigate(url("/public/results"));
		assertThat(results.status()).isEqualTo(200);
		assertRendered(page, "anonymous /public/results");
		BrowserSession.screenshot(page, "anonymous_public_results");
		assertThat(page.url()).as("not sent to the login page").doesNotContain("/login");
		page.context().close();
	}

	@Test
	void scopedUsersSeeOnlyTheirOwnArea() {
		Page page = browser.newPage();
		logIn(page, "inspector.laiwu");
		page.navigate(url("/institutions"));
		String laiwu = page.locator("main table tbody").innerText();
		assertThat(page.locator("main table tbody tr").count()).isPositive();
		assertThat(laiwu).doesNotContain("盘锦").doesNotContain("兴隆台").doesNotContain("双台子");
		page.context().close();
		page = browser.newPage();
		logIn(page, "institution.demo");
		page.navigate(url("/institutions"));
		assertThat(page.locator("main table tbody tr").count()).as("an institution user sees its own institution only").isEqualTo(1);
		page.context().close();
	}

	@Test
	void loginWorksByKeyboardAloneAndLogsOut() {
		Page page = browser.newPage();
		page.navigate(url("/login"));
		BrowserSession.screenshot(page, "login");
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.id")).isIn("username", "password");
		page.locator("#username").focus();
		page.keyboard().type("inspector.panjin");
		page.keyboard().press("Tab");
		page.keyboard().type(PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL(url("/"));
		assertRendered(page, "home after keyboard login");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
		page.waitForURL("**/login?logout");
		page.context().close();
	}

	@Test
	void wrongPasswordShowsTheErrorAndSwitchesLanguage() {
		Page page = browser.newPage();
		page.navigate(url("/login"));
		page.fill("#username", "nobody-here");
		page.fill("#password", "Wrong@2026");
		page.click("button[type=submit]");
		page.waitForURL("**/login?error");
		assertThat(page.locator(".alert-danger").textContent()).contains("用户名或密码错误");
		page.navigate(url("/login?lang=en"));
		assertThat(page.locator("button[type=submit]").textContent()).contains("Log in");
		BrowserSession.screenshot(page, "login_en");
		page.context().close();
	}

	private void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
	}

	private static String shot(String user, String path) {
		return user.replace('.', '_') + path.replaceAll("[^a-z0-9]+", "_");
	}

	static void assertRendered(Page page, String what) {
		String html = page.content();
		assertThat(html).as("%s has no missing message keys", what).doesNotContain("??");
		assertThat(page.locator("h1").count()).as("%s has a heading", what).isPositive();
		assertThat(page.title()).as("%s has a title", what).isNotBlank();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
