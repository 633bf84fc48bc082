package org.weijian.inspection.task;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.io.Table;
import org.weijian.shared.io.TableReader;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publication due dates in working days (the 2026 National Day holiday and its 调休 Saturday), the overdue
 * flag on the dashboard, coverage on a small known dataset with its .xlsx export, and the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PublicationAndCoverageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode call(String bearer, MockHttpServletRequestBuilder request, int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	JsonNode complete(String bearer, long id, String outcome) throws Exception {
		return call(bearer, post("/api/v1/inspection/tasks/{id}/complete", id).content(json.writeValueAsString(
				Map.of("outcome", outcome, "summary", "现场检查情况记录"))), 200);
	}

	long taskOf(String bearer, String drawId, int index) throws Exception {
		for (JsonNode t : call(bearer, get("/api/v1/inspection/tasks?draw={d}", drawId), 200).get("items")) {
			if (t.get("taskIndex").asInt() == index) {
				return t.get("id").asLong();
			}
		}
		throw new AssertionError("no task " + index + " in " + drawId);
	}

	static JsonNode row(JsonNode report, String category, String county) {
		for (JsonNode r : report.get("rows")) {
			if (r.get("categoryCode").asString().equals(category) && r.get("countyCode").asString().equals(county)) {
				return r;
			}
		}
		return null;
	}

	static long count(JsonNode row, String field) {
		return row == null ? 0 : row.get(field).asLong();
	}

	record Login(Cookie[] cookies, MockHttpSession session) {

		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder b) {
			if (cookies.length > 0) {
				b.cookie(cookies);
			}
			return session == null ? b : b.session(session);
		}

	}

	Login login(AccountView account) throws Exception {
		MvcResult r = mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return new Login(r.getResponse().getCookies(), (MockHttpSession) r.getRequest().getSession(false));
	}

	String page(Login login, String url, Object... vars) throws Exception {
		MockHttpServletRequestBuilder b = get(url, vars);
		if (login != null) {
			login.apply(b);
		}
		return mvc.perform(b).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void dueDatesOverdueFlagsCoverageAndPages() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		TaskFixtures fixtures = new TaskFixtures(registration, departments, inspectors, events, tx);
		clock.setDate(LocalDate.now(clock));
		AccountView admin = accounts.create(Role.SYSTEM_ADMIN, null);
		AccountView inspectorAccount = accounts.create(Role.INSPECTOR, "211104");
		AccountView reviewer = accounts.create(Role.LEGAL_REVIEWER, "211100");
		AccountView leader = accounts.create(Role.DEPARTMENT_LEADER, "211100");
		DepartmentView department = fixtures.department("211100");
		InspectorProfile inspector = fixtures.inspector(department, "211100");
		inspectors.linkAccount(inspector.id(), inspectorAccount.username());

		String leaderBearer = accounts.bearer(leader);
		JsonNode before = call(leaderBearer, get("/api/v1/inspection/coverage?region=211104&year=2026"), 200);
		JsonNode baseline = row(before, "BLOOD_STATION", "211104");
		List<SubjectRecord> stations = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			stations.add(fixtures.subject("BLOOD_STATION", "覆盖测试血站" + TaskFixtures.unique("B"), "211104"));
		}

		// 2024: station 3 inspected
		clock.setDate(LocalDate.of(2024, 5, 6));
		String early = TaskFixtures.unique("DRAW");
		fixtures.drawn(TaskFixtures.next(), early, "211100", department.id(), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 30), 5,
				List.of(TaskFixtures.staffed(0, stations.get(2), inspector)));
		String inspectorBearer = accounts.bearer(inspectorAccount);
		complete(inspectorBearer, taskOf(accounts.bearer(leader), early, 0), "QUALIFIED");

		// 2026-09-28 (Monday): stations 0 and 1 inspected; 5 working days skip the National Day holiday
		clock.setDate(LocalDate.of(2026, 9, 28));
		String drawId = TaskFixtures.unique("DRAW");
		fixtures.drawn(TaskFixtures.next(), drawId, "211100", department.id(), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 11, 30), 5,
				List.of(TaskFixtures.staffed(0, stations.get(0), inspector), TaskFixtures.staffed(1, stations.get(1), inspector)));
		leaderBearer = accounts.bearer(leader);
		inspectorBearer = accounts.bearer(inspectorAccount);
		long first = taskOf(leaderBearer, drawId, 0);
		long second = taskOf(leaderBearer, drawId, 1);
		JsonNode done = complete(inspectorBearer, first, "RECTIFICATION_ORDERED");
		assertThat(done.get("completedOn").asString()).isEqualTo("2026-09-28");
		assertThat(done.get("publicationDue").asString()).isEqualTo("2026-10-10"); // 29, 30 Sep; 8, 9, 10 Oct (调休 Saturday)
		complete(inspectorBearer, second, "QUALIFIED");
		call(accounts.bearer(reviewer), post("/api/v1/inspection/tasks/{id}/publish", second), 200);

		clock.setDate(LocalDate.of(2026, 10, 10));
		String reviewerBearer = accounts.bearer(reviewer);
		assertThat(call(reviewerBearer, get("/api/v1/inspection/tasks/{id}", first), 200).get("publicationOverdue").asBoolean()).isFalse();
		Login reviewerLogin = login(reviewer);
		String dashboardOnDue = page(reviewerLogin, "/");
		clock.setDate(LocalDate.of(2026, 10, 11));
		reviewerBearer = accounts.bearer(reviewer);
		JsonNode overdue = call(reviewerBearer, get("/api/v1/inspection/tasks/{id}", first), 200);
		assertThat(overdue.get("publicationOverdue").asBoolean()).isTrue();
		JsonNode awaiting = call(reviewerBearer, get("/api/v1/inspection/tasks/awaiting-publication?size=200"), 200).get("items");
		assertThat(awaiting.findValuesAsString("drawId")).contains(drawId);
		String dashboard = page(reviewerLogin, "/");
		assertThat(dashboard).contains("/inspection/results/pending");
		assertThat(overdueCount(dashboard)).isEqualTo(overdueCount(dashboardOnDue) + 1);
		assertThat(page(login(inspectorAccount), "/")).doesNotContain("/inspection/results/pending"); // inspectors do not publish

		// coverage in 2026: 4 more operating stations in 大洼区, 2 of them inspected this year
		leaderBearer = accounts.bearer(leader);
		JsonNode report = call(leaderBearer, get("/api/v1/inspection/coverage?region=211104&year=2026&years=3"), 200);
		JsonNode stationRow = row(report, "BLOOD_STATION", "211104");
		assertThat(count(stationRow, "subjects")).isEqualTo(count(baseline, "subjects") + 4);
		assertThat(count(stationRow, "inspected")).isEqualTo(count(baseline, "inspected") + 2);
		assertThat(stationRow.get("categoryName").asString()).isEqualTo("Blood station");
		assertThat(stationRow.get("countyName").asString()).isEqualTo("大洼区");
		List<String> neverThree = call(leaderBearer,
				get("/api/v1/inspection/coverage/never-inspected?region=211104&year=2026&years=3&category=BLOOD_STATION&size=200"), 200)
			.get("items").findValuesAsString("name");
		assertThat(neverThree).contains(stations.get(3).name())
			.doesNotContain(stations.get(0).name(), stations.get(1).name(), stations.get(2).name());
		List<String> neverTwo = call(leaderBearer,
				get("/api/v1/inspection/coverage/never-inspected?region=211104&year=2026&years=2&category=BLOOD_STATION&size=200"), 200)
			.get("items").findValuesAsString("name");
		assertThat(neverTwo).contains(stations.get(2).name(), stations.get(3).name());

		// outside the scope, bad input
		String laiwu = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		call(laiwu, get("/api/v1/inspection/coverage?region=211104"), 404);
		JsonNode bad = call(leaderBearer, get("/api/v1/inspection/coverage?year=1999&years=0&region=12"), 400);
		assertThat(bad.get("errors").findValuesAsString("field")).contains("year", "years", "region");
		call(accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211104", null, stations.get(0).id())), get("/api/v1/inspection/coverage"), 403);

		// the .xlsx export reads back
		byte[] xlsx = mvc.perform(get("/api/v1/inspection/coverage/export?region=211104&year=2026&format=xlsx")
			.header("Authorization", leaderBearer).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		Table table = new TableReader(10_000).read("coverage.xlsx", xlsx, List.of("Category", "County code", "Operating subjects",
				"Inspected this year", "Coverage (%)"));
		Table.Row exported = table.rows().stream()
			.filter(r -> "Blood station".equals(r.get("Category")) && "211104".equals(r.get("County code")))
			.findFirst()
			.orElseThrow();
		assertThat(exported.get("Operating subjects")).isEqualTo(String.valueOf(count(stationRow, "subjects")));
		assertThat(exported.get("Inspected this year")).isEqualTo(String.valueOf(count(stationRow, "inspected")));
		byte[] neverXlsx = mvc.perform(get("/api/v1/inspection/coverage/never-inspected/export?region=211104&year=2026&years=3&category=BLOOD_STATION")
			.header("Authorization", leaderBearer).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		Table never = new TableReader(200_000).read("never.xlsx", neverXlsx, List.of("Name", "Unified social credit code"));
		assertThat(never.rows().stream().map(r -> r.get("Name")).toList()).contains(stations.get(3).name())
			.doesNotContain(stations.get(0).name());

		// pages
		Login inspectorLogin = login(inspectorAccount);
		assertThat(page(inspectorLogin, "/inspection/tasks/mine")).contains(stations.get(0).name());
		assertThat(page(inspectorLogin, "/inspection/tasks/{id}", first)).contains(stations.get(0).name());
		assertThat(page(reviewerLogin, "/inspection/results/pending")).contains(stations.get(0).name());
		assertThat(page(reviewerLogin, "/inspection/tasks/{id}", first)).contains("/inspection/tasks/" + first + "/publish");
		Login leaderLogin = login(leader);
		assertThat(page(leaderLogin, "/inspection/tasks?draw={d}", drawId)).contains(stations.get(1).name());
		assertThat(page(leaderLogin, "/inspection/coverage?region=211104&year=2026")).contains("大洼区", stations.get(3).name().substring(0, 6));
		assertThat(page(null, "/public/results?draw={d}", drawId)).contains(stations.get(1).name()).doesNotContain(stations.get(0).name());
		assertThat(page(null, "/public/results/{id}", second)).contains(stations.get(1).name(), "ledger-leaf-hash");
		mvc.perform(get("/public/results/{id}", first)).andExpect(status().isNotFound());

		// the inspector page shows and changes the linked account
		Login adminLogin = login(admin);
		assertThat(page(adminLogin, "/inspectors/{id}", inspector.id())).contains(inspectorAccount.username());
		mvc.perform(adminLogin.apply(post("/inspectors/{id}/account", inspector.id())).with(csrf()).param("username", "Not Valid"))
			.andExpect(status().is3xxRedirection());
		assertThat(inspectors.findByAccount(inspectorAccount.username())).isPresent();

		// the page form records a result and refuses a missing summary
		clock.setDate(LocalDate.of(2026, 10, 12));
		String third = TaskFixtures.unique("DRAW");
		fixtures.drawn(TaskFixtures.next(), third, "211100", department.id(), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 30), 5,
				List.of(TaskFixtures.staffed(0, stations.get(3), inspector)));
		long fourth = taskOf(accounts.bearer(leader), third, 0);
		inspectorLogin = login(inspectorAccount);
		String refused = mvc.perform(inspectorLogin.apply(post("/inspection/tasks/{id}/complete", fourth)).with(csrf())
			.param("outcome", "QUALIFIED").param("summary", " ")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("summary");
		mvc.perform(inspectorLogin.apply(post("/inspection/tasks/{id}/complete", fourth)).with(csrf()).param("outcome", "UNABLE_TO_INSPECT")
			.param("summary", "大门紧闭，无人应答")).andExpect(status().is3xxRedirection());
		assertThat(call(accounts.bearer(leader), get("/api/v1/inspection/tasks/{id}", fourth), 200).get("outcome").asString())
			.isEqualTo("UNABLE_TO_INSPECT");
	}

	private static int overdueCount(String dashboard) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("有 (\\d+) 条抽查结果已超过公开期限").matcher(dashboard);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

}
