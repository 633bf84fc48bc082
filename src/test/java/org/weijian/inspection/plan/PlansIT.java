package org.weijian.inspection.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PlansIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Departments departments;

	@Autowired
	Plans plans;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	org.weijian.registry.subject.SubjectRegistration subjects;

	TestAccounts accounts;

	PlanTestData data;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
		data = new PlanTestData(departments, subjects);
	}

	JsonNode send(String bearer, MockHttpServletRequestBuilder request, Object body, int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	JsonNode read(String bearer, String url, int expected) throws Exception {
		String response = mvc.perform(get(url).header("Authorization", bearer)).andExpect(status().is(expected)).andReturn()
			.getResponse().getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(PlanChecker.ZONE));
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	@Test
	void approvedPlanEditedBecomesANewVersionAndTheOldOneIsKept() throws Exception {
		DepartmentView dept = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		Map<String, Object> body = PlanTestData.body(dept.id(), "211100", today());
		JsonNode v1 = send(inspector, post("/api/v1/inspection/plans"), body, 201);
		long id1 = v1.get("id").asLong();
		assertThat(v1.get("status").asString()).isEqualTo("DRAFT");
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		assertThat(v1.get("seriesNo").asString()).matches("CJ-" + today().getYear() + "-\\d{4}");
		assertThat(v1.get("ratios").toString()).isEqualTo("{\"A\":0.05,\"B\":0.2,\"C\":0.6,\"D\":1}");
		assertThat(v1.get("departmentName").asString()).isEqualTo(dept.name());
		assertThat(v1.get("sources").size()).isEqualTo(2);

		// a draft is edited in place
		body.put("title", "改过的标题");
		body.put("rowVersion", v1.get("rowVersion").asInt());
		JsonNode edited = send(inspector, put("/api/v1/inspection/plans/" + id1), body, 200);
		assertThat(edited.get("id").asLong()).isEqualTo(id1);
		assertThat(edited.get("title").asString()).isEqualTo("改过的标题");
		// the stale row version loses
		send(inspector, put("/api/v1/inspection/plans/" + id1), body, 409);

		// an inspector may not approve; the leader may (and was not the author)
		send(inspector, post("/api/v1/inspection/plans/" + id1 + "/approve"), Map.of(), 403);
		JsonNode approved = send(leader, post("/api/v1/inspection/plans/" + id1 + "/approve"),
				Map.of("rowVersion", edited.get("rowVersion").asInt()), 200);
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("approvedBy").asString()).isNotBlank();
		send(leader, post("/api/v1/inspection/plans/" + id1 + "/approve"), Map.of(), 409);

		// editing the approved plan makes version 2, a draft; version 1 is kept as SUPERSEDED
		body.put("title", "第二版");
		body.put("rowVersion", approved.get("rowVersion").asInt());
		JsonNode v2 = send(inspector, put("/api/v1/inspection/plans/" + id1), body, 200);
		long id2 = v2.get("id").asLong();
		assertThat(id2).isNotEqualTo(id1);
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
		assertThat(v2.get("seriesNo").asString()).isEqualTo(v1.get("seriesNo").asString());
		JsonNode old = read(inspector, "/api/v1/inspection/plans/" + id1, 200);
		assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.get("title").asString()).isEqualTo("改过的标题");
		JsonNode versions = read(inspector, "/api/v1/inspection/plans/" + id2 + "/versions", 200);
		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(1).get("previousId").asLong()).isEqualTo(id1);
		assertThat(versions.get(0).get("approvedBy").asString()).isNotBlank();
		assertThat(versions.get(0).get("selfApproved").asBoolean()).isFalse();
		// a superseded version cannot change any more
		body.put("rowVersion", old.get("rowVersion").asInt());
		send(inspector, put("/api/v1/inspection/plans/" + id1), body, 409);

		// the listing shows the current version only unless superseded ones are asked for
		JsonNode list = read(inspector, "/api/v1/inspection/plans?size=200&year=" + today().getYear(), 200);
		List<Long> ids = new ArrayList<>();
		list.get("items").forEach(p -> ids.add(p.get("id").asLong()));
		assertThat(ids).contains(id2).doesNotContain(id1);
		JsonNode superseded = read(inspector, "/api/v1/inspection/plans?size=200&status=SUPERSEDED", 200);
		List<Long> sids = new ArrayList<>();
		superseded.get("items").forEach(p -> sids.add(p.get("id").asLong()));
		assertThat(sids).contains(id1);

		// audited
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		JsonNode audit = read(admin, "/api/v1/audit?entityType=inspection-plan&entityId=" + id1, 200);
		List<String> actions = new ArrayList<>();
		audit.get("items").forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).contains("plan.created", "plan.changed", "plan.approved", "plan.superseded");
	}

	@Test
	void leaderApprovingTheirOwnDraftIsAllowedAndRecorded() throws Exception {
		DepartmentView dept = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		JsonNode created = send(leader, post("/api/v1/inspection/plans"), PlanTestData.body(dept.id(), "211100", today()), 201);
		long id = created.get("id").asLong();
		send(leader, post("/api/v1/inspection/plans/" + id + "/approve"), Map.of(), 200);
		JsonNode versions = read(leader, "/api/v1/inspection/plans/" + id + "/versions", 200);
		assertThat(versions.get(0).get("selfApproved").asBoolean()).isTrue();
	}

	@Test
	void rolesAndDataScopeAreEnforced() throws Exception {
		DepartmentView panjin = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		String panjinInspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String laiwuInspector = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		String laiwuLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		String institution = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211100", null, data.hospital("211102")));
		String reviewer = accounts.bearer(accounts.create(Role.LEGAL_REVIEWER, "211100"));
		Map<String, Object> body = PlanTestData.body(panjin.id(), "211100", today());
		JsonNode plan = send(panjinInspector, post("/api/v1/inspection/plans"), body, 201);
		long id = plan.get("id").asLong();

		send(institution, post("/api/v1/inspection/plans"), body, 403);
		read(institution, "/api/v1/inspection/plans", 403);
		read(institution, "/api/v1/inspection/plans/" + id, 403);
		send(reviewer, post("/api/v1/inspection/plans"), body, 403);
		read(reviewer, "/api/v1/inspection/plans/" + id, 200);

		// a Laiwu user cannot see a Panjin plan (404) nor change it (403)
		read(laiwuInspector, "/api/v1/inspection/plans/" + id, 404);
		read(laiwuInspector, "/api/v1/inspection/plans/" + id + "/versions", 404);
		JsonNode list = read(laiwuInspector, "/api/v1/inspection/plans?size=200", 200);
		list.get("items").forEach(p -> assertThat(p.get("regionCode").asString()).startsWith("370116"));
		body.put("rowVersion", plan.get("rowVersion").asInt());
		send(laiwuInspector, put("/api/v1/inspection/plans/" + id), body, 403);
		send(laiwuLeader, post("/api/v1/inspection/plans/" + id + "/approve"), Map.of(), 403);
		send(laiwuLeader, post("/api/v1/inspection/plans/" + id + "/withdraw"), Map.of("reason", "x"), 403);
		// nor create one for Panjin; and a Panjin department is unknown to them
		send(laiwuInspector, post("/api/v1/inspection/plans"), PlanTestData.body(panjin.id(), "370116", today()), 400);
		DepartmentView laiwu = data.department("370116", DepartmentKind.HEALTH_SUPERVISION);
		send(laiwuInspector, post("/api/v1/inspection/plans"), PlanTestData.body(laiwu.id(), "211100", today()), 403);
		read(laiwuInspector, "/api/v1/inspection/plans/99999999", 404);
	}

	@Test
	void badInputNamesEveryField() throws Exception {
		DepartmentView dept = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		DepartmentView market = data.department("211100", DepartmentKind.MARKET_REGULATION);
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		Map<String, Object> bad = new HashMap<>(PlanTestData.body(dept.id(), "211100", today()));
		bad.put("year", "20x6");
		bad.put("title", " ");
		bad.put("level", "GALACTIC");
		bad.put("documentNo", "号".repeat(101));
		bad.put("regionCode", "219999");
		bad.put("categories", List.of("GENERAL_HOSPITAL", "NO_SUCH_CATEGORY"));
		bad.put("ratios", Map.of("A", "0.12345", "B", "1.5", "C", "-0.1", "D", "abc"));
		bad.put("inspectorsPerTask", 1);
		bad.put("capPerInspector", 0);
		bad.put("windowStart", today().plusDays(30).toString());
		bad.put("deadline", today().plusDays(5).toString());
		bad.put("publicationWorkingDays", 61);
		bad.put("sources", List.of(PlanTestData.source("", today(), 21, 5, 4), PlanTestData.source("ok", today().plusDays(3), 0, -1, 9)));
		JsonNode problem = send(inspector, post("/api/v1/inspection/plans"), bad, 400);
		assertThat(fields(problem)).contains("year", "title", "level", "documentNo", "regionCode", "categories", "ratios.A", "ratios.B",
				"ratios.C", "ratios.D", "inspectorsPerTask", "capPerInspector", "deadline", "publicationWorkingDays", "sources[0].name",
				"sources[0].availableOn", "sources[0].valueCount", "sources[0].maxValue", "sources[1].valueCount", "sources[1].minValue");
		assertThat(problem.toString()).contains("error.inspection.plan.too-few-inspectors", "error.inspection.plan.ratio-format",
				"error.inspection.plan.category-unknown", "error.inspection.plan.source-not-future");

		// uniform needs its one ratio; by-tier refuses ALL
		Map<String, Object> uniform = new HashMap<>(PlanTestData.body(dept.id(), "211100", today()));
		uniform.put("ratioMode", "UNIFORM");
		uniform.put("ratios", Map.of("A", "0.1"));
		assertThat(fields(send(inspector, post("/api/v1/inspection/plans"), uniform, 400))).contains("ratios.A", "ratios.ALL");
		uniform.put("ratios", Map.of("ALL", "0.1"));
		JsonNode ok = send(inspector, post("/api/v1/inspection/plans"), uniform, 201);
		assertThat(ok.get("ratios").toString()).isEqualTo("{\"ALL\":0.1}");

		// by tier: blank ratios take the rule table's defaults
		Map<String, Object> defaults = new HashMap<>(PlanTestData.body(dept.id(), "211100", today()));
		defaults.remove("ratios");
		defaults.remove("publicationWorkingDays");
		defaults.remove("inspectorsPerTask");
		JsonNode withDefaults = send(inspector, post("/api/v1/inspection/plans"), defaults, 201);
		assertThat(withDefaults.get("ratios").toString()).isEqualTo("{\"A\":0.05,\"B\":0.2,\"C\":0.6,\"D\":1}");
		assertThat(withDefaults.get("publicationWorkingDays").asInt()).isEqualTo(20);
		assertThat(withDefaults.get("inspectorsPerTask").asInt()).isEqualTo(2);

		// joint plans: departments exist, counts ≥ 1, total ≥ 2, the per-task figure is their sum
		Map<String, Object> joint = new HashMap<>(PlanTestData.body(dept.id(), "211100", today()));
		joint.put("inspectorsPerTask", null);
		joint.put("departments", List.of(Map.of("departmentId", dept.id(), "inspectors", 1)));
		assertThat(fields(send(inspector, post("/api/v1/inspection/plans"), joint, 400))).contains("departments");
		joint.put("departments", List.of(Map.of("departmentId", dept.id(), "inspectors", 0), Map.of("departmentId", 99999999, "inspectors", 1)));
		assertThat(fields(send(inspector, post("/api/v1/inspection/plans"), joint, 400))).contains("departments[0].inspectors",
				"departments[1].departmentId");
		joint.put("departments", List.of(Map.of("departmentId", market.id(), "inspectors", 1), Map.of("departmentId", dept.id(), "inspectors", 2)));
		JsonNode jointPlan = send(inspector, post("/api/v1/inspection/plans"), joint, 201);
		assertThat(jointPlan.get("inspectorsPerTask").asInt()).isEqualTo(3);
		Map<String, Object> summary = plans.summary(plans.findForSystem(jointPlan.get("id").asLong()).orElseThrow());
		assertThat(summary.get("inspectors_per_task")).isEqualTo(3);
		assertThat(summary.get("cap_per_inspector")).isEqualTo(5);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> depts = (List<Map<String, Object>>) summary.get("departments");
		assertThat(depts).extracting(d -> d.get("code")).isSorted().containsExactlyInAnyOrder(dept.code(), market.code());
		assertThat(summary.get("ratios")).isEqualTo(Map.of("A", "0.05", "B", "0.2", "C", "0.6", "D", "1"));
		assertThat(summary.get("region_name")).isEqualTo("辽宁省盘锦市");
		assertThat(summary.keySet()).containsExactly("id", "series_no", "version", "year", "title", "level", "document_no", "department",
				"region_code", "region_name", "categories", "ratio_mode", "ratios", "inspectors_per_task", "departments",
				"cap_per_inspector", "window_start", "deadline", "publication_working_days", "approved_at");
	}

	@Test
	void approvalIsRefusedOnceASourceDateHasComeAndFrozenPlansCannotChange() throws Exception {
		DepartmentView dept = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		org.weijian.identity.AccountView leaderAccount = accounts.create(Role.DEPARTMENT_LEADER, "211100");
		String leader = accounts.bearer(leaderAccount);
		Map<String, Object> body = PlanTestData.body(dept.id(), "211100", today());
		long id = send(inspector, post("/api/v1/inspection/plans"), body, 201).get("id").asLong();
		LocalDate realToday = today();
		try {
			clock.setDate(realToday.plusDays(10));
			JsonNode refused = send(accounts.bearer(leaderAccount), post("/api/v1/inspection/plans/" + id + "/approve"), Map.of(), 409);
			assertThat(refused.get("code").asString()).isEqualTo("error.inspection.plan.source-known");
			assertThat(fields(refused)).containsExactly("sources[0].availableOn");
		}
		finally {
			clock.setDate(realToday);
		}
		leader = accounts.bearer(leaderAccount);
		inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		JsonNode approved = send(leader, post("/api/v1/inspection/plans/" + id + "/approve"), Map.of(), 200);
		tx.executeWithoutResult(s -> plans.markAnnounced(id));
		assertThat(plans.findForSystem(id).orElseThrow().status()).isEqualTo(PlanStatus.ANNOUNCED);
		body.put("rowVersion", approved.get("rowVersion").asInt() + 1);
		JsonNode frozen = send(inspector, put("/api/v1/inspection/plans/" + id), body, 409);
		assertThat(frozen.get("code").asString()).isEqualTo("error.inspection.plan.frozen");
		send(leader, post("/api/v1/inspection/plans/" + id + "/withdraw"), Map.of("reason", "不抽了"), 409);
		assertThatThrownBy(() -> plans.markAnnounced(id)).isInstanceOf(Exception.class);
		tx.executeWithoutResult(s -> plans.markDrawn(id));
		assertThat(plans.findForSystem(id).orElseThrow().status()).isEqualTo(PlanStatus.DRAWN);
		send(inspector, put("/api/v1/inspection/plans/" + id), body, 409);
	}

	@Test
	void withdrawingNeedsAReasonAndTheRightPermission() throws Exception {
		DepartmentView dept = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		long draft = send(inspector, post("/api/v1/inspection/plans"), PlanTestData.body(dept.id(), "211100", today()), 201).get("id").asLong();
		assertThat(fields(send(inspector, post("/api/v1/inspection/plans/" + draft + "/withdraw"), Map.of(), 400))).containsExactly("reason");
		JsonNode withdrawn = send(inspector, post("/api/v1/inspection/plans/" + draft + "/withdraw"), Map.of("reason", "重复立项"), 200);
		assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
		long approved = send(inspector, post("/api/v1/inspection/plans"), PlanTestData.body(dept.id(), "211100", today()), 201).get("id").asLong();
		send(leader, post("/api/v1/inspection/plans/" + approved + "/approve"), Map.of(), 200);
		send(inspector, post("/api/v1/inspection/plans/" + approved + "/withdraw"), Map.of("reason", "x"), 403);
		send(leader, post("/api/v1/inspection/plans/" + approved + "/withdraw"), Map.of("reason", "上级计划调整"), 200);
		JsonNode rules = read(inspector, "/api/v1/inspection/plans/rules", 200);
		assertThat(rules.toString()).contains("MIN_INSPECTORS_PER_TASK", "第四十二条", "DEFAULT_RATIO_D");
	}

}
