package org.weijian.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.weijian.identity.AccountView;
import org.weijian.identity.NewAccount;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs in through the real login page as each role and walks the pages that role uses, checking that
 * each renders (no error page, no missing message key) and saving a screenshot of each under
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleWalkBrowserTest {

	static final String PASSWORD = "Browse@2026";

	static BrowserSession browser;

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@BeforeAll
	static void startBrowser() {
		browser = new BrowserSession();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	static final Map<Role, List<String>> PAGES = Map.of(
			Role.SYSTEM_ADMIN, List.of("/", "/admin/users", "/admin/tokens", "/admin/audit"),
			Role.DEPARTMENT_LEADER, List.of("/"),
			Role.INSPECTOR, List.of("/"),
			Role.LEGAL_REVIEWER, List.of("/"),
			Role.COMPLAINT_HANDLER, List.of("/"),
			Role.EXCHANGE_CLIENT, List.of("/"));

	@Test
	void everyRoleLogsInAndWalksItsPages() {
		for (Map.Entry<Role, List<String>> entry : PAGES.entrySet()) {
			AccountView account = account(entry.getKey());
			Page page = browser.newPage();
			logIn(page, account.username());
			for (String path : entry.getValue()) {
				Response response = page.navigate(url(path));
				assertThat(response.status()).as("%s %s", entry.getKey(), path).isEqualTo(200);
				assertRendered(page, entry.getKey() + " " + path);
				BrowserSession.screenshot(page, entry.getKey().name().toLowerCase() + path.replaceAll("[^a-z0-9]+", "_"));
			}
			page.context().close();
		}
	}

	@Test
	void loginWorksByKeyboardAloneAndLogsOut() {
		AccountView account = account(Role.INSPECTOR);
		Page page = browser.newPage();
		page.navigate(url("/login"));
		BrowserSession.screenshot(page, "login");
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.id")).isIn("username", "password");
		page.locator("#username").focus();
		page.keyboard().type(account.username());
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

	private AccountView account(Role role) {
		String name = "browser." + role.name().toLowerCase().replace('_', '-') + "." + System.nanoTime() % 1_000_000;
		return users.create(new NewAccount(name, "浏览器 " + role.name(), PASSWORD, Set.of(role), null, null, null));
	}

	private void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
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
