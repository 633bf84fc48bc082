package org.weijian.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weijian.agency.SupervisionDomain.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class InspectorsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	AgencyTestData data;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
		data = new AgencyTestData(departments, inspectors);
	}

	JsonNode send(String bearer, MockHttpServletRequestBuilder request, Object body, int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return json.readTree(response);
	}

	static Map<String, Object> inspector(long departmentId, String certificate, String jurisdiction, String from, String to) {
		return Map.of("name", "王建国", "certificateNo", certificate, "certificateValidFrom", from, "certificateValidTo", to,
				"departmentId", departmentId, "jurisdictionCode", jurisdiction, "specialties", List.of("PUBLIC_PLACE_HYGIENE", "MEDICAL_SERVICE"),
				"phone", "13904270123");
	}

	@Test
	void createsAnInspectorWithAnEncryptedMaskedPhone() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = data.department("211102", DepartmentKind.HEALTH_SUPERVISION);
		String cert = AgencyTestData.unique("辽卫监");
		String body = mvc.perform(post("/api/v1/inspectors").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(inspector(d.id(), cert, "211102002", "2024-01-01", "2028-12-31"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("13904270123").contains("139****0123");
		JsonNode created = json.readTree(body);
		assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(created.get("jurisdictionCode").asString()).isEqualTo("211102002");
		byte[] stored = jdbc.sql("SELECT phone_encrypted FROM inspector WHERE id = ?").param(created.get("id").asLong())
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13904270123");
	}

	@Test
	void badInputNamesTheFields() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = data.department("211102", DepartmentKind.HEALTH_SUPERVISION);
		JsonNode outside = send(admin, post("/api/v1/inspectors"),
				inspector(d.id(), AgencyTestData.unique("C"), "211103", "2024-01-01", "2028-12-31"), 400);
		assertThat(outside.get("errors").get(0).get("field").asString()).isEqualTo("jurisdictionCode");
		assertThat(outside.get("errors").get(0).get("code").asString()).isEqualTo("error.inspector.jurisdiction-outside-department");
		JsonNode dates = send(admin, post("/api/v1/inspectors"),
				inspector(d.id(), AgencyTestData.unique("C"), "211102", "2026-05-01", "2026-04-30"), 400);
		assertThat(dates.get("errors").get(0).get("field").asString()).isEqualTo("certificateValidTo");
		JsonNode region = send(admin, post("/api/v1/inspectors"),
				inspector(d.id(), AgencyTestData.unique("C"), "219999", "2024-01-01", "notadate"), 400);
		assertThat(region.get("errors").findValuesAsString("field")).contains("jurisdictionCode", "certificateValidTo");
		JsonNode empty = send(admin, post("/api/v1/inspectors"), Map.of("specialties", List.of("SURGERY")), 400);
		assertThat(empty.get("errors").findValuesAsString("field"))
			.contains("name", "certificateNo", "certificateValidFrom", "certificateValidTo", "departmentId", "jurisdictionCode", "specialties");
	}

	@Test
	void aCertificateNumberIsRegisteredOnce() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = data.department("211102", DepartmentKind.HEALTH_SUPERVISION);
		String cert = AgencyTestData.unique("C");
		send(admin, post("/api/v1/inspectors"), inspector(d.id(), cert, "211102", "2024-01-01", "2028-12-31"), 201);
		JsonNode duplicate = send(admin, post("/api/v1/inspectors"), inspector(d.id(), cert, "211102", "2024-01-01", "2028-12-31"), 409);
		assertThat(duplicate.get("code").asString()).isEqualTo("error.inspector.duplicate-certificate");
	}

	@Test
	void suspendAndReactivateKeepTheirReasonsInTheHistory() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = data.department("211103", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile i = data.inspector(d, "211103", MEDICAL_SERVICE);
		String url = "/api/v1/inspectors/" + i.id();
		send(admin, post(url + "/suspend"), Map.of("reason", ""), 400);
		assertThat(send(admin, post(url + "/suspend"), Map.of("reason", "涉嫌违纪，暂停执法"), 200).get("status").asString()).isEqualTo("SUSPENDED");
		send(admin, post(url + "/suspend"), Map.of("reason", "again"), 409);
		assertThat(send(admin, post(url + "/reactivate"), Map.of("reason", "调查结束"), 200).get("status").asString()).isEqualTo("ACTIVE");
		JsonNode detail = json.readTree(mvc.perform(get(url).header("Authorization", admin)).andReturn().getResponse().getContentAsString());
		assertThat(detail.get("history").findValuesAsString("reason")).containsExactly("调查结束", "涉嫌违纪，暂停执法");
		String audit = mvc.perform(get("/api/v1/audit").param("entityType", "inspector").param("entityId", String.valueOf(i.id()))
			.header("Authorization", admin)).andReturn().getResponse().getContentAsString();
		assertThat(audit).contains("inspector.created", "inspector.suspended", "inspector.reactivated");
	}

	@Test
	void changesAreCheckedAndVersioned() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = data.department("211104", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile i = data.inspector(d, "211104", MEDICAL_SERVICE);
		Map<String, Object> change = new java.util.HashMap<>(inspector(d.id(), i.certificateNo(), "211104", "2024-01-01", "2029-12-31"));
		change.put("version", i.version());
		JsonNode after = send(admin, put("/api/v1/inspectors/" + i.id()), change, 200);
		assertThat(after.get("certificateValidTo").asString()).isEqualTo("2029-12-31");
		assertThat(after.get("phoneMasked").asString()).isEqualTo("139****0123");
		send(admin, put("/api/v1/inspectors/" + i.id()), change, 409);
	}

	@Test
	void aLaiwuUserCannotSeeOrCreatePanjinInspectors() throws Exception {
		DepartmentView panjin = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile p = data.inspector(panjin, "211100", MEDICAL_SERVICE);
		String laiwu = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		mvc.perform(get("/api/v1/inspectors/" + p.id()).header("Authorization", laiwu)).andExpect(status().isNotFound());
		send(laiwu, post("/api/v1/inspectors/" + p.id() + "/suspend"), Map.of("reason", "x"), 404);
		send(laiwu, post("/api/v1/inspectors"), inspector(panjin.id(), AgencyTestData.unique("C"), "211100", "2024-01-01", "2028-12-31"), 403);
		JsonNode list = json.readTree(mvc.perform(get("/api/v1/inspectors").param("q", p.certificateNo()).header("Authorization", laiwu))
			.andReturn().getResponse().getContentAsString());
		assertThat(list.get("totalElements").asLong()).isZero();
		String panjinUser = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		JsonNode found = json.readTree(mvc.perform(get("/api/v1/inspectors").param("q", p.certificateNo()).header("Authorization", panjinUser))
			.andReturn().getResponse().getContentAsString());
		assertThat(found.get("items").findValuesAsString("certificateNo")).containsExactly(p.certificateNo());
		send(panjinUser, post("/api/v1/inspectors/" + p.id() + "/suspend"), Map.of("reason", "x"), 403);
	}

	@Test
	void listsFilterByNameCertificateDepartmentStatusAndSpecialty() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		DepartmentView d = data.department("211122", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile water = data.inspector(d, "211122", DRINKING_WATER);
		InspectorProfile school = data.inspector(d, "211122", SCHOOL_HYGIENE);
		inspectors.suspend(school.id(), "测试");
		JsonNode byDept = list(admin, "departmentId", String.valueOf(d.id()));
		assertThat(byDept.get("items").findValuesAsString("certificateNo")).containsExactlyInAnyOrder(water.certificateNo(), school.certificateNo());
		JsonNode suspended = list(admin, "departmentId", String.valueOf(d.id()), "status", "SUSPENDED");
		assertThat(suspended.get("items").findValuesAsString("certificateNo")).containsExactly(school.certificateNo());
		JsonNode bySpecialty = list(admin, "departmentId", String.valueOf(d.id()), "specialty", "DRINKING_WATER");
		assertThat(bySpecialty.get("items").findValuesAsString("certificateNo")).containsExactly(water.certificateNo());
		JsonNode byName = list(admin, "departmentId", String.valueOf(d.id()), "q", water.name());
		assertThat(byName.get("items").findValuesAsString("id")).containsExactly(String.valueOf(water.id()));
		mvc.perform(get("/api/v1/inspectors").param("status", "RETIRED").header("Authorization", admin)).andExpect(status().isBadRequest());
	}

	JsonNode list(String bearer, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/inspectors").header("Authorization", bearer);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void eligibleMeansActiveCertifiedInJurisdictionAndSpecialised() {
		LocalDate day = LocalDate.of(2026, 6, 1);
		DepartmentView county = data.department("654321", DepartmentKind.HEALTH_SUPERVISION);
		DepartmentView city = data.department("654300", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile fit = data.inspector(county, "654321", day.minusYears(1), day.plusYears(1), PUBLIC_PLACE_HYGIENE);
		InspectorProfile lastDay = data.inspector(county, "654321", day.minusYears(3), day, PUBLIC_PLACE_HYGIENE, DRUGS);
		InspectorProfile expired = data.inspector(county, "654321", day.minusYears(3), day.minusDays(1), PUBLIC_PLACE_HYGIENE);
		InspectorProfile notYet = data.inspector(county, "654321", day.plusDays(1), day.plusYears(3), PUBLIC_PLACE_HYGIENE);
		InspectorProfile suspended = data.inspector(county, "654321", day.minusYears(1), day.plusYears(1), PUBLIC_PLACE_HYGIENE);
		inspectors.suspend(suspended.id(), "测试");
		InspectorProfile medical = data.inspector(county, "654321", day.minusYears(1), day.plusYears(1), MEDICAL_SERVICE);
		InspectorProfile town = data.inspector(county, "654321100", day.minusYears(1), day.plusYears(1), PUBLIC_PLACE_HYGIENE);
		InspectorProfile cityWide = data.inspector(city, "654300", day.minusYears(1), day.plusYears(1), PUBLIC_PLACE_HYGIENE);

		List<Long> countyPlaces = ids(inspectors.eligible("654321", "PUBLIC_PLACE", day));
		assertThat(countyPlaces).contains(fit.id(), lastDay.id(), cityWide.id())
			.doesNotContain(expired.id(), notYet.id(), suspended.id(), medical.id(), town.id());
		List<Long> townPlaces = ids(inspectors.eligible("654321100", "PUBLIC_PLACE", day));
		assertThat(townPlaces).contains(fit.id(), town.id(), cityWide.id());
		List<Long> clinics = ids(inspectors.eligible("654321", "CLINIC", day));
		assertThat(clinics).contains(medical.id(), lastDay.id()).doesNotContain(fit.id(), town.id());
		assertThat(ids(inspectors.eligible("654322", "PUBLIC_PLACE", day))).contains(cityWide.id()).doesNotContain(fit.id());
		assertThat(inspectors.eligible("654321", "NO_SUCH_CATEGORY", day)).isEmpty();
		departments.change(county.id(), new DepartmentChange(county.name(), "INACTIVE", county.version()));
		assertThat(ids(inspectors.eligible("654321", "PUBLIC_PLACE", day))).doesNotContain(fit.id()).contains(cityWide.id());
	}

	@Test
	void theEligibleEndpointKeepsToTheCallersScope() throws Exception {
		DepartmentView panjin = data.department("211102", DepartmentKind.HEALTH_SUPERVISION);
		InspectorProfile p = data.inspector(panjin, "211102", DISINFECTION_PRODUCTS);
		String panjinUser = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String laiwuUser = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		String seen = mvc.perform(get("/api/v1/inspectors/eligible").param("region", "211102").param("category", "TABLEWARE_DISINFECTION")
			.header("Authorization", panjinUser)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(seen).findValuesAsString("certificateNo")).contains(p.certificateNo());
		String hidden = mvc.perform(get("/api/v1/inspectors/eligible").param("region", "211102").param("category", "TABLEWARE_DISINFECTION")
			.header("Authorization", laiwuUser)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(hidden).findValuesAsString("certificateNo")).doesNotContain(p.certificateNo());
		mvc.perform(get("/api/v1/inspectors/eligible").param("region", "2111xx").param("category", "CLINIC")
			.header("Authorization", panjinUser)).andExpect(status().isBadRequest());
	}

	@Test
	void everyDomainCoversOnlyKnownRegistryCategories() {
		List<String> known = jdbc.sql("SELECT code FROM subject_category").query(String.class).list();
		for (SupervisionDomain d : SupervisionDomain.values()) {
			assertThat(known).as("categories of %s", d).containsAll(d.subjectCategories());
		}
		assertThat(PUBLIC_PLACE_HYGIENE.covers("PUBLIC_PLACE")).isTrue();
		assertThat(MEDICAL_SERVICE.covers("PUBLIC_PLACE")).isFalse();
	}

	static List<Long> ids(List<InspectorProfile> list) {
		return list.stream().map(InspectorProfile::id).toList();
	}

}
