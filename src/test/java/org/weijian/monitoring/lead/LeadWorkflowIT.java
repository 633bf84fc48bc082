package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.ClaimRuleBreached;
import org.weijian.monitoring.lead.LeadFixtures.Finding;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leads raised from a run's findings and carried 初审 → 复审 → 申诉 → 核查 → 处理 over REST by the right roles,
 * with every wrong role refused, the four-eyes rule, the institution's own leads only, the appeal time limit,
 * bulk 初审, institution links, stage limits and the effectiveness figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, ClaimRuleBreachedCapture.class })
class LeadWorkflowIT {

	static final String PANJIN = "211100";

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

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	LeadFixtures fixtures;

	SubjectRecord hospital;

	SubjectRecord otherHospital;

	String leader;

	String inspector;

	String reviewer;

	String handler;

	String institution;

	String otherInstitution;

	String laiwu;

	AccountView institutionAccount;

	AccountView inspectorAccount;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		fixtures = new LeadFixtures(jdbc, events, tx, registration);
		hospital = fixtures.hospital("211102");
		otherHospital = fixtures.hospital("211103");
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, PANJIN));
		inspectorAccount = accounts.create(Role.INSPECTOR, PANJIN);
		inspector = accounts.bearer(inspectorAccount);
		reviewer = accounts.bearer(accounts.create(Role.LEGAL_REVIEWER, PANJIN));
		handler = accounts.bearer(accounts.create(Role.COMPLAINT_HANDLER, PANJIN));
		institutionAccount = accounts.create(Role.INSTITUTION_USER, PANJIN, null, hospital.id());
		institution = accounts.bearer(institutionAccount);
		otherInstitution = accounts.bearer(accounts.create(Role.INSTITUTION_USER, PANJIN, null, otherHospital.id()));
		laiwu = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
	}

	JsonNode call(String bearer, MockHttpServletRequestBuilder request, Object body, int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	JsonNode read(String bearer, String url, int expected, Object... vars) throws Exception {
		String response = mvc.perform(get(url, vars).header("Authorization", bearer).header("Accept-Language", "en"))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	JsonNode decide(String bearer, long lead, String step, String decision, String note, int expected) throws Exception {
		return call(bearer, post("/api/v1/monitoring/leads/{id}/" + step, lead), Map.of("decision", decision, "note", note), expected);
	}

	void link(String code, long subjectId) throws Exception {
		call(leader, put("/api/v1/monitoring/institution-links/{code}", code), Map.of("subjectId", subjectId), 200);
	}

	static String version() {
		return LeadFixtures.unique("T");
	}

	@Test
	void raisesOneLeadPerFindingWithItsVersionRegionAndDueTime() throws Exception {
		String code = LeadFixtures.code();
		String version = version();
		Instant before = clock.instant();
		long run = fixtures.run(PANJIN, version, List.of(Finding.hit("DX_LMT", code, "12.50"), Finding.hit("SPLIT_ADM", code, "3200.00"),
				Finding.warning("AUD", code, "45.1234", "40")));
		List<Long> ids = fixtures.leadsOf(run);
		assertThat(ids).hasSize(3);
		JsonNode list = read(leader, "/api/v1/monitoring/leads?run={r}", 200, run);
		assertThat(list.get("totalElements").asLong()).isEqualTo(3);
		JsonNode warning = read(leader, "/api/v1/monitoring/leads/{id}", 200, ids.get(2));
		assertThat(warning.at("/lead/stage").asString()).isEqualTo("INITIAL_REVIEW");
		assertThat(warning.at("/lead/ruleCode").asString()).isEqualTo("AUD");
		assertThat(warning.at("/lead/level").asString()).isEqualTo("WARNING");
		assertThat(warning.at("/lead/ruleBaseVersion").asString()).isEqualTo(version);
		assertThat(warning.at("/lead/regionCode").asString()).isEqualTo(PANJIN);
		assertThat(new BigDecimal(warning.at("/lead/amount").asString())).isEqualByComparingTo("45.1234");
		assertThat(Instant.parse(warning.at("/lead/dueAt").asString())).isCloseTo(before.plus(Duration.ofDays(10)), within(1, ChronoUnit.MILLIS));
		assertThat(warning.at("/finding/period").asString()).isEqualTo("2025-05");
		assertThat(warning.at("/history/0/action").asString()).isEqualTo("RAISED");
		JsonNode hit = read(leader, "/api/v1/monitoring/leads/{id}", 200, ids.get(0));
		assertThat(new BigDecimal(hit.at("/lead/amount").asString())).isEqualByComparingTo("12.50");
		assertThat(hit.at("/finding/psnNoMasked").asString()).isEqualTo("2111********0889");
		assertThat(hit.toString()).doesNotContain("psnNoCipher");
		// filters, and the other region sees nothing (404 on the lead)
		assertThat(read(leader, "/api/v1/monitoring/leads?run={r}&rule=SPLIT_ADM", 200, run).get("totalElements").asLong()).isEqualTo(1);
		assertThat(read(leader, "/api/v1/monitoring/leads?institution={c}&stage=INITIAL_REVIEW", 200, code).get("totalElements").asLong())
			.isEqualTo(3);
		assertThat(read(laiwu, "/api/v1/monitoring/leads?run={r}", 200, run).get("totalElements").asLong()).isZero();
		read(laiwu, "/api/v1/monitoring/leads/{id}", 404, ids.get(0));
		decide(laiwu, ids.get(0), "initial-review", "CONFIRM", "", 404);
		assertThat(read(leader, "/api/v1/monitoring/leads?stage=NOPE", 400).at("/errors/0/field").asString()).isEqualTo("stage");
		// the code shows as unlinked until it is linked
		assertThat(read(leader, "/api/v1/monitoring/institution-links/unlinked", 200).toString()).contains(code);
	}

	@Test
	void carriesALeadFromInitialReviewToDisposalByTheRightRoles() throws Exception {
		String code = LeadFixtures.code();
		long run = fixtures.run(PANJIN, version(), List.of(Finding.hit("SPLIT_ADM", code, "5300.00")));
		long lead = fixtures.leadsOf(run).get(0);
		// institution link by monitoring:rules only, audited; a subject outside the scope is 404
		call(inspector, put("/api/v1/monitoring/institution-links/{code}", code), Map.of("subjectId", hospital.id()), 403);
		call(laiwu, put("/api/v1/monitoring/institution-links/{code}", code), Map.of("subjectId", hospital.id()), 403);
		assertThat(call(leader, put("/api/v1/monitoring/institution-links/{code}", code), Map.of(), 400).at("/errors/0/field").asString())
			.isEqualTo("subjectId");
		String laiwuLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		call(laiwuLeader, put("/api/v1/monitoring/institution-links/{code}", code), Map.of("subjectId", hospital.id()), 404);
		assertThat(call(leader, put("/api/v1/monitoring/institution-links/{code}", "H 1"), Map.of("subjectId", hospital.id()), 400)
			.at("/errors/0/code").asString()).isEqualTo("error.monitoring.institution.code-format");
		JsonNode linked = call(leader, put("/api/v1/monitoring/institution-links/{code}", code), Map.of("subjectId", hospital.id()), 200);
		assertThat(linked.get("subjectName").asString()).isEqualTo(hospital.name());
		assertThat(linked.get("regionCode").asString()).isEqualTo("211102");
		call(laiwuLeader, delete("/api/v1/monitoring/institution-links/{code}", code), Map.of(), 404);
		assertThat(read(laiwuLeader, "/api/v1/monitoring/institution-links", 200).toString()).doesNotContain(code);
		assertThat(read(leader, "/api/v1/monitoring/institution-links/unlinked", 200).toString()).doesNotContain(code);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitoring.institution-linked' and entity_id = ?").param(code)
			.query(Long.class).single()).isEqualTo(1);

		// 初审: the complaint handler (read only) and the institution may not
		decide(handler, lead, "initial-review", "CONFIRM", "", 403);
		decide(institution, lead, "initial-review", "CONFIRM", "", 403);
		assertThat(decide(inspector, lead, "initial-review", "MAYBE", "", 400).at("/errors/0/field").asString()).isEqualTo("decision");
		assertThat(decide(inspector, lead, "initial-review", "CONFIRM", "疑似分解住院", 200).get("stage").asString()).isEqualTo("SECOND_REVIEW");
		assertThat(decide(inspector, lead, "initial-review", "CONFIRM", "", 409).get("code").asString())
			.isEqualTo("error.monitoring.lead.wrong-stage");

		// 复审: not by the 初审 reviewer, not by the handler; the legal reviewer confirms and the institution is notified
		assertThat(decide(inspector, lead, "second-review", "CONFIRM", "", 409).get("code").asString())
			.isEqualTo("error.monitoring.lead.same-reviewer");
		decide(handler, lead, "second-review", "CONFIRM", "", 403);
		JsonNode appeal = decide(reviewer, lead, "second-review", "CONFIRM", "复审确认", 200);
		assertThat(appeal.get("stage").asString()).isEqualTo("APPEAL");
		assertThat(appeal.get("subjectId").asLong()).isEqualTo(hospital.id());

		// 申诉: the institution sees it in its portal; another institution does not; the office may not answer for it
		assertThat(read(institution, "/api/v1/portal/leads", 200).toString()).contains("\"id\":" + lead);
		assertThat(read(otherInstitution, "/api/v1/portal/leads", 200).toString()).doesNotContain("\"id\":" + lead + ",");
		read(otherInstitution, "/api/v1/portal/leads/{id}", 404, lead);
		call(otherInstitution, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", "ACCEPT"), 404);
		call(inspector, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", "ACCEPT"), 403);
		read(institution, "/api/v1/monitoring/leads/{id}", 403, lead);
		assertThat(call(institution, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", "APPEAL", "statement", " "), 400)
			.at("/errors/0/field").asString()).isEqualTo("statement");
		assertThat(call(institution, post("/api/v1/portal/leads/{id}/answer", lead),
				Map.of("answer", "APPEAL", "statement", "x".repeat(Appeals.STATEMENT_MAX + 1)), 400).at("/errors/0/code").asString())
			.isEqualTo("error.field.too-long");
		JsonNode answered = call(institution, post("/api/v1/portal/leads/{id}/answer", lead),
				Map.of("answer", "APPEAL", "statement", "两次住院诊断不同，非分解住院"), 200);
		assertThat(answered.get("stage").asString()).isEqualTo("VERIFICATION");
		assertThat(answered.get("appealAnswer").asString()).isEqualTo("APPEALED");
		call(institution, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", "ACCEPT"), 409);
		JsonNode seen = read(institution, "/api/v1/portal/leads/{id}", 200, lead);
		assertThat(seen.at("/lead/initialReviewedBy").isNull()).isTrue();
		assertThat(seen.get("history").findValuesAsString("actor")).containsExactly("", "", "", institutionAccount.username());

		// 核查: inspector (monitoring:verify); the legal reviewer may not
		decide(reviewer, lead, "verification", "UPHOLD", "现场核查属实", 403);
		assertThat(decide(inspector, lead, "verification", "UPHOLD", " ", 400).at("/errors/0/field").asString()).isEqualTo("note");
		assertThat(decide(inspector, lead, "verification", "UPHOLD", "调阅病历，两次住院诊断相同，申诉不成立", 200).get("stage").asString())
			.isEqualTo("DISPOSAL");

		// 处理: monitoring:decide; the inspector may not; bad measures and amounts are 400
		call(inspector, post("/api/v1/monitoring/leads/{id}/disposal", lead), Map.of("measures", List.of("RECOVER"), "amountRecovered", "1"),
				403);
		JsonNode bad = call(leader, post("/api/v1/monitoring/leads/{id}/disposal", lead),
				Map.of("measures", List.of("JAIL"), "amountRecovered", "-1"), 400);
		assertThat(bad.get("errors").toString()).contains("\"field\":\"measures\"", "\"field\":\"amountRecovered\"");
		assertThat(call(leader, post("/api/v1/monitoring/leads/{id}/disposal", lead), Map.of("amountRecovered", "1.005"), 400)
			.get("errors").size()).isEqualTo(2);
		JsonNode confirmed = call(leader, post("/api/v1/monitoring/leads/{id}/disposal", lead),
				Map.of("measures", List.of("RECOVER", "PENALTY"), "amountRecovered", "5300", "note", "追回并处1倍罚款"), 200);
		assertThat(confirmed.get("stage").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.get("dueAt").isNull()).isTrue();

		ClaimRuleBreached event = breaches.of(lead);
		assertThat(event.ruleCode()).isEqualTo("SPLIT_ADM");
		assertThat(event.fixmedinsCode()).isEqualTo(code);
		assertThat(event.subjectId()).isEqualTo(hospital.id());
		assertThat(event.regionCode()).isEqualTo(PANJIN);
		assertThat(event.amountInvolved()).isEqualByComparingTo("5300.00");
		assertThat(event.amountRecovered()).isEqualByComparingTo("5300");
		assertThat(event.measures()).containsExactly("RECOVER", "PENALTY");
		assertThat(event.ruleBaseVersion()).startsWith("T");
		assertThat(jdbc.sql("select count(*) from ledger_entry where entry_type = 'monitoring.lead-confirmed' and subject_id = ? and not public_act")
			.param(String.valueOf(lead)).query(Long.class).single()).isEqualTo(1);

		// the history shows every step with its actor, oldest first
		JsonNode detail = read(leader, "/api/v1/monitoring/leads/{id}", 200, lead);
		assertThat(detail.get("history").findValuesAsString("action")).containsExactly("RAISED", "INITIAL_CONFIRM", "SECOND_CONFIRM",
				"APPEAL_LODGED", "VERIFY_UPHOLD", "DECIDE");
		assertThat(detail.at("/lead/measures").toString()).contains("RECOVER", "PENALTY");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'monitoring-lead' and entity_id = ?")
			.param(String.valueOf(lead)).query(Long.class).single()).isEqualTo(5);
		// closed: nothing more can happen
		decide(inspector, lead, "verification", "REJECT", "x", 409);
		// unlinking keeps the subject on leads already sent
		call(leader, delete("/api/v1/monitoring/institution-links/{code}", code), Map.of(), 204);
		call(leader, delete("/api/v1/monitoring/institution-links/{code}", code), Map.of(), 404);
		assertThat(read(institution, "/api/v1/portal/leads/{id}", 200, lead).at("/lead/stage").asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void refusesTheSecondReviewConfirmationWhileTheInstitutionCodeIsUnlinked() throws Exception {
		String code = LeadFixtures.code();
		long run = fixtures.run(PANJIN, version(), List.of(Finding.hit("DUP_LINE", code, "88.00"), Finding.hit("DUP_LINE", code, "88.00")));
		List<Long> ids = fixtures.leadsOf(run);
		decide(inspector, ids.get(0), "initial-review", "CONFIRM", "", 200);
		JsonNode refused = decide(reviewer, ids.get(0), "second-review", "CONFIRM", "", 409);
		assertThat(refused.get("code").asString()).isEqualTo("error.monitoring.lead.institution-unlinked");
		assertThat(refused.get("detail").asString()).contains(code);
		assertThat(read(leader, "/api/v1/monitoring/leads/{id}", 200, ids.get(0)).at("/lead/stage").asString()).isEqualTo("SECOND_REVIEW");
		// dismissing needs a reason, and works without a link
		assertThat(decide(reviewer, ids.get(0), "second-review", "DISMISS", "", 400).at("/errors/0/field").asString()).isEqualTo("note");
		assertThat(decide(reviewer, ids.get(0), "second-review", "DISMISS", "重复计费已在结算时冲销", 200).get("stage").asString())
			.isEqualTo("DISMISSED");
		assertThat(decide(inspector, ids.get(1), "initial-review", "DISMISS", "", 400).at("/errors/0/field").asString()).isEqualTo("note");
	}

	@Test
	void movesAnUnansweredAppealToVerificationWhenItsLimitPasses() throws Exception {
		String code = LeadFixtures.code();
		link(code, hospital.id());
		long run = fixtures.run(PANJIN, version(), List.of(Finding.hit("BED_DAYS", code, "960.00")));
		long lead = fixtures.leadsOf(run).get(0);
		decide(inspector, lead, "initial-review", "CONFIRM", "", 200);
		decide(reviewer, lead, "second-review", "CONFIRM", "", 200);
		Instant due = Instant.parse(read(leader, "/api/v1/monitoring/leads/{id}", 200, lead).at("/lead/dueAt").asString());
		assertThat(due).isCloseTo(clock.instant().plus(Duration.ofDays(10)), within(1, ChronoUnit.MILLIS));
		Duration moved = Duration.ofDays(10).plusMinutes(1);
		clock.advance(moved);
		try {
			institution = accounts.bearer(institutionAccount); // tokens issued before have expired meanwhile
			inspector = accounts.bearer(inspectorAccount);
			JsonNode mine = read(institution, "/api/v1/portal/leads/{id}", 200, lead);
			assertThat(mine.at("/lead/stage").asString()).isEqualTo("VERIFICATION");
			assertThat(mine.at("/lead/appealAnswer").asString()).isEqualTo("NO_ANSWER");
			assertThat(mine.get("history").findValuesAsString("action")).endsWith("APPEAL_TIMEOUT");
			assertThat(mine.at("/history/3/actor").asString()).isEmpty(); // the portal names the office, not its staff
			String leaderNow = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, PANJIN));
			assertThat(read(leaderNow, "/api/v1/monitoring/leads/{id}", 200, lead).at("/history/3/actor").asString()).isEqualTo("system");
			assertThat(call(institution, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", "ACCEPT"), 409).get("code")
				.asString()).isEqualTo("error.monitoring.lead.wrong-stage");
			// without an appeal, a rejection at verification dismisses the lead
			assertThat(decide(inspector, lead, "verification", "REJECT", "核查未见违规", 200).get("stage").asString()).isEqualTo("DISMISSED");
		}
		finally {
			clock.advance(moved.negated());
		}
	}

	@Test
	void closesAsRejectedOnAppealWhenVerificationRejectsAnAppealedLead() throws Exception {
		String code = LeadFixtures.code();
		link(code, hospital.id());
		long run = fixtures.run(PANJIN, version(), List.of(Finding.hit("GEND_LMT", code, "45.00")));
		long lead = fixtures.leadsOf(run).get(0);
		decide(reviewer, lead, "initial-review", "CONFIRM", "", 200);
		decide(leader, lead, "second-review", "CONFIRM", "", 200);
		call(institution, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", "APPEAL", "statement", "患者性别登记错误，已更正"), 200);
		JsonNode rejected = decide(inspector, lead, "verification", "REJECT", "核实为登记错误", 200);
		assertThat(rejected.get("stage").asString()).isEqualTo("REJECTED_ON_APPEAL");
		assertThat(breaches.received.stream().noneMatch(e -> e.leadId() == lead)).isTrue();
	}

	@Test
	void reviewsLeadsInBulkBySelectionAndByRuleInARun() throws Exception {
		String code = LeadFixtures.code();
		long run = fixtures.run(PANJIN, version(), List.of(Finding.hit("CNT_DAY", code, "10"), Finding.hit("CNT_DAY", code, "11"),
				Finding.hit("CNT_DAY", code, "12"), Finding.hit("PRIC_UPLMT", code, "13"), Finding.hit("PRIC_UPLMT", code, "14")));
		List<Long> ids = fixtures.leadsOf(run);
		decide(inspector, ids.get(0), "initial-review", "CONFIRM", "", 200);
		call(handler, post("/api/v1/monitoring/leads/initial-review"), Map.of("runId", run, "ruleCode", "CNT_DAY", "decision", "CONFIRM"), 403);
		assertThat(call(inspector, post("/api/v1/monitoring/leads/initial-review"), Map.of("decision", "CONFIRM"), 400).at("/errors/0/field")
			.asString()).isEqualTo("leadIds");
		assertThat(call(inspector, post("/api/v1/monitoring/leads/initial-review"), Map.of("leadIds", List.of(ids.get(3)), "decision", "DISMISS"),
				400).at("/errors/0/field").asString()).isEqualTo("note");
		// the rule in the run: the two still in 初审 move, the one already reviewed stays where it is
		JsonNode byRule = call(inspector, post("/api/v1/monitoring/leads/initial-review"),
				Map.of("runId", run, "ruleCode", "CNT_DAY", "decision", "CONFIRM", "note", "批量确认"), 200);
		assertThat(byRule.get("count").asInt()).isEqualTo(2);
		assertThat(byRule.get("to").asString()).isEqualTo("SECOND_REVIEW");
		// a selection: the other region's user moves nothing
		assertThat(call(laiwu, post("/api/v1/monitoring/leads/initial-review"),
				Map.of("leadIds", List.of(ids.get(3), ids.get(4)), "decision", "DISMISS", "note", "x"), 200).get("count").asInt()).isZero();
		JsonNode dismissed = call(inspector, post("/api/v1/monitoring/leads/initial-review"),
				Map.of("leadIds", List.of(ids.get(3), ids.get(4), ids.get(0)), "decision", "DISMISS", "note", "价格已按最新目录调整"), 200);
		assertThat(dismissed.get("count").asInt()).isEqualTo(2);
		assertThat(read(leader, "/api/v1/monitoring/leads?run={r}&stage=SECOND_REVIEW", 200, run).get("totalElements").asLong()).isEqualTo(3);
		assertThat(read(leader, "/api/v1/monitoring/leads?run={r}&stage=DISMISSED", 200, run).get("totalElements").asLong()).isEqualTo(2);
		JsonNode detail = read(leader, "/api/v1/monitoring/leads/{id}", 200, ids.get(1));
		assertThat(detail.at("/history/1/action").asString()).isEqualTo("INITIAL_REVIEW_BULK");
		assertThat(detail.at("/lead/initialReviewedBy").isNull()).isFalse();
		// the four-eyes rule holds for bulk-reviewed leads too
		decide(inspector, ids.get(1), "second-review", "DISMISS", "x", 409);
	}

	@Test
	void editsStageLimitsWithValidationAndUsesThemForNewStages() throws Exception {
		JsonNode limits = read(leader, "/api/v1/monitoring/stage-limits", 200);
		assertThat(limits.findValuesAsString("stage")).containsExactly("INITIAL_REVIEW", "SECOND_REVIEW", "APPEAL", "VERIFICATION", "DISPOSAL");
		assertThat(limits.get(0).get("legalBasis").asString()).contains("regulatory-rules.md §7", "可配置");
		call(inspector, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"), Map.of("days", "5", "legalBasis", "x"), 403);
		JsonNode bad = call(leader, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"), Map.of("days", "0", "legalBasis", " "), 400);
		assertThat(bad.get("errors").toString()).contains("\"field\":\"days\"", "error.monitoring.stage-limit.days", "\"field\":\"legalBasis\"");
		assertThat(call(leader, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"), Map.of("days", "366", "legalBasis", "x"), 400)
			.at("/errors/0/field").asString()).isEqualTo("days");
		assertThat(call(leader, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"), Map.of("days", "2.5", "legalBasis", "x"), 400)
			.at("/errors/0/field").asString()).isEqualTo("days");
		call(leader, put("/api/v1/monitoring/stage-limits/CONFIRMED"), Map.of("days", "5", "legalBasis", "x"), 404);
		JsonNode initial = limits.get(0);
		try {
			JsonNode changed = call(leader, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"),
					Map.of("days", "3", "legalBasis", "本局规定：初审3日内完成", "version", initial.get("version").asInt()), 200);
			assertThat(changed.get("days").asInt()).isEqualTo(3);
			call(leader, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"),
					Map.of("days", "4", "legalBasis", "x", "version", initial.get("version").asInt()), 409);
			long run = fixtures.run(PANJIN, version(), List.of(Finding.hit("DX_LMT", LeadFixtures.code(), "1")));
			JsonNode lead = read(leader, "/api/v1/monitoring/leads/{id}", 200, fixtures.leadsOf(run).get(0));
			assertThat(Instant.parse(lead.at("/lead/dueAt").asString())).isCloseTo(clock.instant().plus(Duration.ofDays(3)), within(1, ChronoUnit.MILLIS));
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitoring.stage-limit-changed' and entity_id = 'INITIAL_REVIEW'")
				.query(Long.class).single()).isPositive();
		}
		finally {
			call(leader, put("/api/v1/monitoring/stage-limits/INITIAL_REVIEW"),
					Map.of("days", String.valueOf(initial.get("days").asInt()), "legalBasis", initial.get("legalBasis").asString()), 200);
		}
	}

	@Test
	void countsEffectivenessPerRuleForAKnownSetOfLeads() throws Exception {
		String code = LeadFixtures.code();
		link(code, hospital.id());
		String version = version();
		long run = fixtures.run(PANJIN, version, List.of(Finding.hit("SPLIT_ADM", code, "1000.00"), Finding.hit("SPLIT_ADM", code, "2000.50"),
				Finding.hit("SPLIT_ADM", code, "300.00"), Finding.hit("DX_LMT", code, "40.00"), Finding.hit("DX_LMT", code, "60.00"),
				Finding.hit("DX_LMT", code, "70.00"), Finding.warning("AUD", code, "45.1234", "40")));
		List<Long> ids = fixtures.leadsOf(run);
		// AUD: a confirmed warning, whose value is a density, not money: it adds nothing to the amount involved
		toDisposal(ids.get(6), "ACCEPT");
		call(leader, post("/api/v1/monitoring/leads/{id}/disposal", ids.get(6)), Map.of("measures", List.of("WARN"), "amountRecovered", "0"), 200);
		// SPLIT_ADM: two confirmed (recovered 1000 and 1500.25), one open; DX_LMT: one dismissed, one rejected on appeal, one open
		for (int i : new int[] { 0, 1 }) {
			toDisposal(ids.get(i), "ACCEPT");
		}
		call(leader, post("/api/v1/monitoring/leads/{id}/disposal", ids.get(0)), Map.of("measures", List.of("RECOVER"), "amountRecovered", "1000"),
				200);
		call(leader, post("/api/v1/monitoring/leads/{id}/disposal", ids.get(1)),
				Map.of("measures", List.of("RECOVER", "WARN"), "amountRecovered", "1500.25"), 200);
		decide(inspector, ids.get(3), "initial-review", "DISMISS", "诊断符合", 200);
		decide(inspector, ids.get(4), "initial-review", "CONFIRM", "", 200);
		decide(reviewer, ids.get(4), "second-review", "CONFIRM", "", 200);
		call(institution, post("/api/v1/portal/leads/{id}/answer", ids.get(4)), Map.of("answer", "APPEAL", "statement", "诊断已补录"), 200);
		decide(inspector, ids.get(4), "verification", "REJECT", "补录诊断属实", 200);

		JsonNode report = read(leader, "/api/v1/monitoring/effectiveness?version={v}&year={y}", 200, version,
				clock.instant().atZone(clock.getZone()).getYear());
		JsonNode split = row(report, "SPLIT_ADM");
		assertThat(split.get("leads").asLong()).isEqualTo(3);
		assertThat(split.get("confirmed").asLong()).isEqualTo(2);
		assertThat(split.get("open").asLong()).isEqualTo(1);
		assertThat(new BigDecimal(split.get("amountInvolved").asString())).isEqualByComparingTo("3000.50");
		assertThat(new BigDecimal(split.get("amountRecovered").asString())).isEqualByComparingTo("2500.25");
		JsonNode dx = row(report, "DX_LMT");
		assertThat(dx.get("leads").asLong()).isEqualTo(3);
		assertThat(dx.get("dismissed").asLong()).isEqualTo(1);
		assertThat(dx.get("rejectedOnAppeal").asLong()).isEqualTo(1);
		assertThat(dx.get("open").asLong()).isEqualTo(1);
		assertThat(dx.get("confirmed").asLong()).isZero();
		assertThat(new BigDecimal(dx.get("amountRecovered").asString())).isEqualByComparingTo("0");
		JsonNode aud = row(report, "AUD");
		assertThat(aud.get("confirmed").asLong()).isEqualTo(1);
		assertThat(new BigDecimal(aud.get("amountInvolved").asString())).isEqualByComparingTo("0");
		assertThat(report.at("/total/leads").asLong()).isEqualTo(7);
		assertThat(new BigDecimal(report.at("/total/amountInvolved").asString())).isEqualByComparingTo("3000.50");
		// another year has nothing of this version; the other region sees nothing
		assertThat(read(leader, "/api/v1/monitoring/effectiveness?version={v}&year=2001", 200, version).get("rows").size()).isZero();
		assertThat(read(laiwu, "/api/v1/monitoring/effectiveness?version={v}", 200, version).get("rows").size()).isZero();
		read(institution, "/api/v1/monitoring/effectiveness", 403);
		String csv = mvc.perform(get("/api/v1/monitoring/effectiveness.csv?version={v}", version).header("Authorization", leader))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("rule_code,leads,confirmed,dismissed,rejected_on_appeal,open,amount_involved,amount_recovered",
				"DX_LMT,3,0,1,1,1,0.00,0.00", "SPLIT_ADM,3,2,0,0,1,3000.50,2500.25");
	}

	void toDisposal(long lead, String answer) throws Exception {
		decide(inspector, lead, "initial-review", "CONFIRM", "", 200);
		decide(reviewer, lead, "second-review", "CONFIRM", "", 200);
		call(institution, post("/api/v1/portal/leads/{id}/answer", lead), Map.of("answer", answer), 200);
		decide(inspector, lead, "verification", "UPHOLD", "核查属实", 200);
	}

	static JsonNode row(JsonNode report, String rule) {
		for (JsonNode r : report.get("rows")) {
			if (r.get("ruleCode").asString().equals(rule)) {
				return r;
			}
		}
		throw new AssertionError("no row for " + rule + " in " + report);
	}

}
