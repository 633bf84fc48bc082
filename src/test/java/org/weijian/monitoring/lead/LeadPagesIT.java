package org.weijian.monitoring.lead;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.lead.LeadFixtures.Finding;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same path through the pages, as each role logged in with a session and posting forms with CSRF:
 * 初审 → 复审 → 申诉 (the institution answers in its portal) → 核查 → 处理; the institution links, stage
 * limits, effectiveness and overdue pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, ClaimRuleBreachedCapture.class })
class LeadPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ClaimRuleBreachedCapture.Events breaches;

	record Login(Cookie[] cookies, MockHttpSession session) {

		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder b) {
			if (cookies.length > 0) {
				b.cookie(cookies);
			}
			b.header("Accept-Language", "zh-CN");
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
		return mvc.perform(login.apply(get(url, vars))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Posts a form; the redirect target on success, or the page shown again (with its errors) on 200. */
	MvcResult form(Login login, String url, Map<String, List<String>> params, int expected) throws Exception {
		MockHttpServletRequestBuilder b = login.apply(post(url)).with(csrf());
		params.forEach((k, v) -> v.forEach(value -> b.param(k, value)));
		return mvc.perform(b).andExpect(status().is(expected)).andReturn();
	}

	String stage(long lead) {
		return jdbc.sql("select stage from monitoring_lead where id = ?").param(lead).query(String.class).single();
	}

	@Test
	void carriesALeadThroughEveryStageOnThePages() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		LeadFixtures fixtures = new LeadFixtures(jdbc, events, tx, registration);
		SubjectRecord hospital = fixtures.hospital("211104");
		Login leader = login(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		Login inspector = login(accounts.create(Role.INSPECTOR, "211100"));
		Login reviewer = login(accounts.create(Role.LEGAL_REVIEWER, "211100"));
		Login institution = login(accounts.create(Role.INSTITUTION_USER, "211100", null, hospital.id()));
		String code = LeadFixtures.code();
		String version = LeadFixtures.unique("P");
		long run = fixtures.run("211100", version, List.of(Finding.hit("BED_BLOCK", code, "7200.00"), Finding.hit("BED_BLOCK", code, "30.00")));
		List<Long> ids = fixtures.leadsOf(run);
		long lead = ids.get(0);

		// the list with filters and the bulk form; the nav shows the section's links
		String list = page(leader, "/monitoring/leads?run={r}", run);
		assertThat(list).contains("/monitoring/leads/" + lead, "BED_BLOCK", "批量初审", "/monitoring/effectiveness", "/monitoring/stage-limits");
		assertThat(page(institution, "/")).contains("/portal/leads").doesNotContain("href=\"/monitoring/leads\"");

		// institution link through the page: an unknown subject is shown as an error, a visible one is linked
		assertThat(page(leader, "/monitoring/institutions")).contains(code);
		String refused = form(leader, "/monitoring/institutions", Map.of("fixmedinsCode", List.of(code), "subjectId", List.of("999999999")), 200)
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("监管对象不存在或不在您的数据范围内");
		form(inspector, "/monitoring/institutions", Map.of("fixmedinsCode", List.of(code), "subjectId", List.of(String.valueOf(hospital.id()))),
				403);
		form(leader, "/monitoring/institutions", Map.of("fixmedinsCode", List.of(code), "subjectId", List.of(String.valueOf(hospital.id()))),
				302);
		assertThat(page(leader, "/monitoring/institutions")).contains(hospital.name());

		// 初审 by the inspector; the 复审 form refuses the same person with the reason on the page
		form(inspector, "/monitoring/leads/" + lead + "/initial-review", Map.of("decision", List.of("CONFIRM"), "note", List.of("疑似挂床")), 302);
		assertThat(stage(lead)).isEqualTo("SECOND_REVIEW");
		String same = form(inspector, "/monitoring/leads/" + lead + "/second-review", Map.of("decision", List.of("CONFIRM")), 200).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(same).contains("复审须由初审以外的人员办理");
		form(reviewer, "/monitoring/leads/" + lead + "/second-review", Map.of("decision", List.of("CONFIRM"), "note", List.of("复审确认")), 302);
		assertThat(stage(lead)).isEqualTo("APPEAL");

		// 申诉 in the portal: an empty statement is refused on the page, then the appeal goes in
		assertThat(page(institution, "/portal/leads")).contains("/portal/leads/" + lead, "BED_BLOCK");
		assertThat(page(institution, "/portal/leads/{id}", lead)).contains("提出申诉", "认可该疑点");
		mvc.perform(institution.apply(get("/portal/leads/{id}", ids.get(1)))).andExpect(status().isNotFound());
		mvc.perform(institution.apply(get("/monitoring/leads/{id}", lead))).andExpect(status().isForbidden());
		String empty = form(institution, "/portal/leads/" + lead + "/answer", Map.of("answer", List.of("APPEAL"), "statement", List.of("")), 200)
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("statement");
		form(institution, "/portal/leads/" + lead + "/answer", Map.of("answer", List.of("APPEAL"), "statement", List.of("患者病情需要观察")), 302);
		assertThat(stage(lead)).isEqualTo("VERIFICATION");

		// 核查 and 处理, each refused to the wrong role
		form(reviewer, "/monitoring/leads/" + lead + "/verification", Map.of("decision", List.of("UPHOLD"), "note", List.of("x")), 403);
		form(inspector, "/monitoring/leads/" + lead + "/verification", Map.of("decision", List.of("UPHOLD"), "note", List.of("护理记录缺失，挂床属实")),
				302);
		assertThat(page(leader, "/monitoring/leads/{id}", lead)).contains("确认违规并处理", "追回", "机构申诉", "患者病情需要观察");
		form(inspector, "/monitoring/leads/" + lead + "/disposal", Map.of("measures", List.of("RECOVER"), "amountRecovered", List.of("7200")), 403);
		String bad = form(leader, "/monitoring/leads/" + lead + "/disposal", Map.of("measures", List.of("RECOVER"), "amountRecovered", List.of("abc")),
				200).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("amountRecovered");
		form(leader, "/monitoring/leads/" + lead + "/disposal",
				Map.of("measures", List.of("RECOVER", "SUSPEND"), "amountRecovered", List.of("7200.00"), "note", List.of("暂停医保服务6个月")), 302);
		assertThat(stage(lead)).isEqualTo("CONFIRMED");
		assertThat(breaches.of(lead).measures()).containsExactly("RECOVER", "SUSPEND");
		String closed = page(leader, "/monitoring/leads/{id}", lead);
		assertThat(closed).contains("处理决定", "核查成立", "复审确认，通知机构申诉", "初审确认", "生成线索", "7,200.00").doesNotContain("确认违规并处理");

		// bulk 初审 from the list page
		form(reviewer, "/monitoring/leads/initial-review", Map.of("leadIds", List.of(String.valueOf(ids.get(1))), "decision", List.of("DISMISS"),
				"note", List.of("金额轻微")), 302);
		assertThat(stage(ids.get(1))).isEqualTo("DISMISSED");

		// effectiveness page with its charts and CSV
		String effect = page(leader, "/monitoring/effectiveness?version={v}", version);
		assertThat(effect).contains("<svg", "BED_BLOCK", "7,200.00", "effectiveness.csv");
		assertThat(page(leader, "/monitoring/effectiveness.csv?version={v}", version)).contains("BED_BLOCK,2,1,1,0,0,7200.00,7200.00");
	}

	@Test
	void editsStageLimitsOnThePageAndFlagsOverdueLeadsOnTheDashboard() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		LeadFixtures fixtures = new LeadFixtures(jdbc, events, tx, registration);
		Login leader = login(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		Login handler = login(accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		assertThat(page(leader, "/monitoring/stage-limits")).contains("regulatory-rules.md §7", "核查");
		mvc.perform(handler.apply(get("/monitoring/stage-limits"))).andExpect(status().isForbidden());
		String invalid = form(leader, "/monitoring/stage-limits/APPEAL", Map.of("days", List.of("0"), "legalBasis", List.of("x")), 200)
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("时限 0 无效");

		long run = fixtures.run("211100", LeadFixtures.unique("O"), List.of(Finding.hit("AMT_MISMATCH", LeadFixtures.code(), "2.00")));
		long lead = fixtures.leadsOf(run).get(0);
		int before = overdue(page(leader, "/"));
		Duration moved = Duration.ofDays(11);
		clock.advance(moved);
		try {
			assertThat(overdue(page(leader, "/"))).isGreaterThan(before);
			assertThat(page(leader, "/monitoring/leads?overdue=true&run={r}", run)).contains("/monitoring/leads/" + lead, "已超时", "table-danger");
		}
		finally {
			clock.advance(moved.negated());
		}
	}

	private static int overdue(String dashboard) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("有 (\\d+) 条智能监控线索超过本环节时限").matcher(dashboard);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

}
