package org.weijian.agency;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.jspecify.annotations.Nullable;
import org.weijian.identity.Role;
import org.weijian.region.RegionPopulations;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staffing figures for 吉木乃县 (654326, population set here) and 青河县 (654325, none recorded). */
@SpringBootTest
@AutoConfigureMockMvc
class StaffingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Autowired
	Staffing staffing;

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

	JsonNode figures(String bearer, String region) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/staffing").param("region", region).header("Authorization", bearer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Autowired
	RegionPopulations populations;

	void population(String code, @Nullable Long residents) {
		if (residents == null) {
			populations.clear(code, populations.version(code));
		}
		else {
			populations.record(code, residents, 2024, populations.version(code));
		}
	}

	@Test
	void countsActiveHealthAndSupervisionInspectorsPerTenThousandResidents() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		long before = staffing.figure("654326").inspectors();
		DepartmentView supervision = data.department("654326", DepartmentKind.HEALTH_SUPERVISION);
		DepartmentView health = data.department("654326", DepartmentKind.HEALTH);
		DepartmentView market = data.department("654326", DepartmentKind.MARKET_REGULATION);
		data.inspector(supervision, "654326", SupervisionDomain.MEDICAL_SERVICE);
		data.inspector(supervision, "654326101", SupervisionDomain.PUBLIC_PLACE_HYGIENE);
		data.inspector(health, "654326", SupervisionDomain.MEDICAL_SERVICE);
		data.inspector(market, "654326", SupervisionDomain.DRUGS);
		InspectorProfile suspended = data.inspector(supervision, "654326", SupervisionDomain.MEDICAL_SERVICE);
		inspectors.suspend(suspended.id(), "测试");
		long count = staffing.figure("654326").inspectors();
		assertThat(count).isEqualTo(before + 3);
		try {
			population("654326", count * 10_000);
			JsonNode exact = figures(admin, "654326").get(0);
			assertThat(exact.get("inspectors").asLong()).isEqualTo(count);
			assertThat(exact.get("residents").asLong()).isEqualTo(count * 10_000);
			assertThat(new BigDecimal(exact.get("perTenThousand").asString())).isEqualByComparingTo("1.00");
			assertThat(exact.get("assessment").asString()).isEqualTo("WITHIN");
			assertThat(exact.get("standard").get("verified").asBoolean()).isFalse();
			population("654326", count * 40_000);
			StaffingFigure low = staffing.figure("654326");
			assertThat(low.perTenThousand()).isEqualByComparingTo("0.25");
			assertThat(low.assessment()).isEqualTo(StaffingAssessment.BELOW);
			population("654326", count * 5_000);
			assertThat(staffing.figure("654326").assessment()).isEqualTo(StaffingAssessment.ABOVE);
			StaffingFigure city = staffing.byCounty("654300").get(0);
			assertThat(city.regionCode()).isEqualTo("654300");
			assertThat(city.inspectors()).isGreaterThanOrEqualTo(count);
		}
		finally {
			population("654326", null);
		}
	}

	@Test
	void saysSoWhenNoPopulationIsRecorded() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		data.inspector(data.department("654325", DepartmentKind.HEALTH_SUPERVISION), "654325", SupervisionDomain.MEDICAL_SERVICE);
		JsonNode figure = figures(admin, "654325").get(0);
		assertThat(figure.get("assessment").asString()).isEqualTo("NO_POPULATION");
		assertThat(figure.get("residents").isNull()).isTrue();
		assertThat(figure.get("perTenThousand").isNull()).isTrue();
		assertThat(figure.get("inspectors").asLong()).isPositive();
	}

	@Test
	void aCityAnswersItselfAndEachCounty() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		JsonNode list = figures(admin, "654300");
		assertThat(list.findValuesAsString("regionCode")).startsWith("654300").contains("654301", "654321", "654326").hasSize(8);
		mvc.perform(get("/api/v1/staffing").param("region", "65xx").header("Authorization", admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("region"));
	}

	@Test
	void figuresAreHeldToTheScope() throws Exception {
		String laiwu = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		mvc.perform(get("/api/v1/staffing").param("region", "211100").header("Authorization", laiwu)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staffing").param("region", "370116").header("Authorization", laiwu)).andExpect(status().isOk());
	}

	@Test
	void theStandardIsAnUnverifiedConfigurableRule() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		JsonNode standards = json.readTree(mvc.perform(get("/api/v1/staffing/standards").header("Authorization", admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		JsonNode rule = standards.get(0);
		assertThat(rule.get("code").asString()).isEqualTo("STAFFING_PER_10K");
		assertThat(rule.get("verified").asBoolean()).isFalse();
		assertThat(rule.get("notes").asString()).contains("UNVERIFIED");
		StaffingStandard original = staffing.standard();
		Map<String, Object> change = new HashMap<>(Map.of("minPerTenThousand", 1.2, "maxPerTenThousand", 1.0, "legalBasis", "测试依据",
				"verified", false, "version", original.version()));
		send(admin, change, 400);
		String panjinLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		change.put("maxPerTenThousand", 2.0);
		send(panjinLeader, change, 403);
		String reader = accounts.bearer(accounts.create(Role.INSPECTOR, null));
		send(reader, change, 403);
		try {
			JsonNode changed = json.readTree(send(admin, change, 200));
			assertThat(new BigDecimal(changed.get("minPerTenThousand").asString())).isEqualByComparingTo("1.2");
			send(admin, change, 409);
			assertThat(staffing.standard().minPerTenThousand()).isEqualByComparingTo("1.2");
		}
		finally {
			StaffingStandard now = staffing.standard();
			staffing.changeStandard(new StaffingStandardChange(original.code(), original.minPerTenThousand(), original.maxPerTenThousand(),
					original.legalBasis(), original.notes(), original.verified(), now.version()));
		}
	}

	String send(String bearer, Map<String, Object> body, int expected) throws Exception {
		return mvc.perform(put("/api/v1/staffing/standards").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
	}

}
