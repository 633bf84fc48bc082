package org.weijian.agency;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DepartmentsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Departments departments;

	@Autowired
	DefaultDuties defaults;

	TestAccounts accounts;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
	}

	JsonNode send(String bearer, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body,
			int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	@Test
	void createsADepartmentWithItsKindsDefaultDutiesAndAuditsIt() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		String code = AgencyTestData.unique("211102");
		JsonNode created = send(admin, post("/api/v1/departments"),
				Map.of("code", code, "name", "双台子区卫生监督所", "kind", "HEALTH_SUPERVISION", "regionCode", "211102"), 201);
		long id = created.get("id").asLong();
		assertThat(created.get("code").asString()).isEqualTo(code);
		assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
		JsonNode duties = json.readTree(mvc.perform(get("/api/v1/departments/" + id + "/duties").header("Authorization", admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(duties.size()).isEqualTo(defaults.of(DepartmentKind.HEALTH_SUPERVISION).size()).isGreaterThan(5);
		assertThat(duties.toString()).contains("负责职责范围内的公共卫生管理和执法监督", "莱芜政办发〔2021〕5号");
		mvc.perform(get("/api/v1/audit").param("entityType", "department").param("entityId", String.valueOf(id)).header("Authorization", admin))
			.andExpect(jsonPath("$.items[0].action").value("department.created"));
		send(admin, post("/api/v1/departments"),
				Map.of("code", code, "name", "重复", "kind", "HEALTH", "regionCode", "211102"), 409);
	}

	@Test
	void everyKindHasADefaultDutyListQuotingItsBasis() {
		for (DepartmentKind kind : DepartmentKind.values()) {
			assertThat(defaults.of(kind)).as("defaults of %s", kind).isNotEmpty()
				.allSatisfy(e -> assertThat(e.legalBasis()).contains("莱芜政办发〔2021〕5号"));
		}
	}

	@Test
	void theCodeDefaultsToRegionAndKind() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		boolean exists = departments.byRegion("654324").stream().anyMatch(d -> d.code().equals("654324-AUDIT"));
		JsonNode answer = send(admin, post("/api/v1/departments"), Map.of("name", "哈巴河县审计局", "kind", "audit", "regionCode", "654324"),
				exists ? 409 : 201);
		if (!exists) {
			assertThat(answer.get("code").asString()).isEqualTo("654324-AUDIT");
			assertThat(answer.get("kind").asString()).isEqualTo("AUDIT");
		}
		else {
			assertThat(answer.get("code").asString()).isEqualTo("error.department.duplicate-code");
		}
	}

	@Test
	void badInputNamesEveryField() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		JsonNode problem = send(admin, post("/api/v1/departments"), Map.of("name", "", "kind", "POLICE", "regionCode", "219999"), 400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "kind", "regionCode");
		assertThat(problem.get("errors").toString()).contains("error.division.unknown", "error.department.kind-unknown");
		JsonNode malformed = send(admin, post("/api/v1/departments"),
				Map.of("name", "x", "kind", "HEALTH", "regionCode", "12ab", "code", "有空格 的代码"), 400);
		assertThat(malformed.get("errors").toString()).contains("error.division.format");
		mvc.perform(get("/api/v1/departments").param("kind", "NOPE").header("Authorization", admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void dutiesCanBeAddedChangedAndRemovedWithAudit() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = new AgencyTestData(departments, null).department("211103", DepartmentKind.MARKET_REGULATION);
		String base = "/api/v1/departments/" + d.id() + "/duties";
		JsonNode added = send(admin, post(base), Map.of("domain", "DRUGS", "text", "医疗器械使用环节监督检查", "legalBasis", "《医疗器械监督管理条例》"), 201);
		long dutyId = added.get("id").asLong();
		send(admin, post(base), Map.of("domain", "NOPE", "text", ""), 400);
		JsonNode changed = send(admin, put(base + "/" + dutyId),
				Map.of("domain", "PRICING", "text", "医疗服务价格监督检查", "version", added.get("version").asInt()), 200);
		assertThat(changed.get("domain").asString()).isEqualTo("PRICING");
		send(admin, put(base + "/" + dutyId), Map.of("domain", "PRICING", "text", "旧版本", "version", 0), 409);
		send(admin, delete(base + "/" + dutyId), Map.of(), 204);
		mvc.perform(get(base).header("Authorization", admin)).andExpect(jsonPath("$[*].id", not(hasItem((int) dutyId))));
		send(admin, delete(base + "/" + dutyId), Map.of(), 404);
		String audit = mvc.perform(get("/api/v1/audit").param("entityType", "department").param("entityId", String.valueOf(d.id()))
			.header("Authorization", admin)).andReturn().getResponse().getContentAsString();
		assertThat(audit).contains("department.duty-added", "department.duty-changed", "department.duty-removed");
	}

	@Test
	void changesNameAndStatusWithOptimisticLocking() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = new AgencyTestData(departments, null).department("211104", DepartmentKind.FINANCE);
		JsonNode changed = send(admin, put("/api/v1/departments/" + d.id()),
				Map.of("name", "大洼区财政局", "status", "INACTIVE", "version", d.version()), 200);
		assertThat(changed.get("status").asString()).isEqualTo("INACTIVE");
		send(admin, put("/api/v1/departments/" + d.id()), Map.of("name", "x", "status", "ACTIVE", "version", d.version()), 409);
		send(admin, put("/api/v1/departments/" + d.id()), Map.of("name", "x", "status", "GONE", "version", 1), 400);
	}

	@Test
	void aDistrictUserSeesAndChangesOnlyItsDistrict() throws Exception {
		DepartmentView panjin = new AgencyTestData(departments, null).department("211102", DepartmentKind.HEALTH);
		DepartmentView laiwu = new AgencyTestData(departments, null).department("370116", DepartmentKind.HEALTH);
		String laiwuLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		mvc.perform(get("/api/v1/departments/" + panjin.id()).header("Authorization", laiwuLeader)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/departments/" + panjin.id() + "/duties").header("Authorization", laiwuLeader))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/departments/" + laiwu.id()).header("Authorization", laiwuLeader)).andExpect(status().isOk());
		send(laiwuLeader, put("/api/v1/departments/" + panjin.id()), Map.of("name", "x", "status", "ACTIVE", "version", 0), 404);
		send(laiwuLeader, post("/api/v1/departments"),
				Map.of("code", AgencyTestData.unique("X"), "name", "盘锦", "kind", "HEALTH", "regionCode", "211100"), 403);
		JsonNode list = json.readTree(mvc.perform(get("/api/v1/departments").param("size", "200").header("Authorization", laiwuLeader))
			.andReturn().getResponse().getContentAsString());
		assertThat(list.get("items").findValuesAsString("regionCode")).isNotEmpty().allMatch(c -> c.startsWith("370116"));
		JsonNode none = json.readTree(mvc.perform(get("/api/v1/departments").param("region", "211100").header("Authorization", laiwuLeader))
			.andReturn().getResponse().getContentAsString());
		assertThat(none.get("totalElements").asLong()).isZero();
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		send(inspector, post("/api/v1/departments"), Map.of("name", "x", "kind", "HEALTH", "regionCode", "370116"), 403);
	}

	@Test
	void aDepartmentScopedUserSeesOnlyItsDepartmentAndIdentityKnowsWhereItIs() throws Exception {
		AgencyTestData data = new AgencyTestData(departments, null);
		DepartmentView mine = data.department("211102", DepartmentKind.HEALTH_SUPERVISION);
		DepartmentView other = data.department("211102", DepartmentKind.HEALTH);
		String scoped = accounts.bearer(accounts.create(Role.INSPECTOR, "211102", mine.id(), null));
		mvc.perform(get("/api/v1/departments/" + mine.id()).header("Authorization", scoped)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/departments/" + other.id()).header("Authorization", scoped)).andExpect(status().isNotFound());
		JsonNode list = json.readTree(mvc.perform(get("/api/v1/departments").header("Authorization", scoped))
			.andReturn().getResponse().getContentAsString());
		assertThat(list.get("items").findValuesAsString("code")).containsExactly(mine.code());
		assertThat(List.of(mine.regionCode())).containsExactly("211102");
	}

}
