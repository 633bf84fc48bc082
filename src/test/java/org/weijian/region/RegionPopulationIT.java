package org.weijian.region;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 常住人口 over REST: recorded figures, sums over descendants, validation, scope and stale versions. */
@SpringBootTest
@AutoConfigureMockMvc
class RegionPopulationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Regions regions;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	String admin;

	String panjinLeader;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		panjinLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
	}

	@Test
	void recordsAPopulationInsideTheScopeAndAuditsIt() throws Exception {
		int version = version("211122", panjinLeader);
		put("211122", panjinLeader, 240_123L, 2025, version).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("211122"))
			.andExpect(jsonPath("$.population.residents").value(240_123))
			.andExpect(jsonPath("$.population.year").value(2025))
			.andExpect(jsonPath("$.population.source").value("RECORDED"))
			.andExpect(jsonPath("$.version").value(version + 1))
			.andExpect(jsonPath("$.path[*].code", contains("210000", "211100", "211122")));
		mvc.perform(get("/api/v1/audit").param("entityType", "region").param("entityId", "211122").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("region.population-recorded"))
			.andExpect(jsonPath("$.items[0].after", containsString("240123")));
	}

	@Test
	void rejectsBadFiguresNamingEachField() throws Exception {
		int version = version("211104", admin);
		put("211104", admin, -1L, 1800, version).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("residents"))
			.andExpect(jsonPath("$.errors[0].code").value("error.population.residents"))
			.andExpect(jsonPath("$.errors[1].field").value("year"))
			.andExpect(jsonPath("$.errors[1].code").value("error.population.year"));
		put("211104", admin, 5L, 2999, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[1].field").value("version"));
		put("21110x", admin, 5L, 2025, version).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].code").value("error.division.format"));
		put("219999", admin, 5L, 2025, version).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.division.unknown"));
		mvc.perform(get("/api/v1/regions/abc").header("Authorization", admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		assertThat(version("211104", admin)).isEqualTo(version);
	}

	@Test
	void refusesChangesOutsideTheScopeAndWithoutTheWritePermission() throws Exception {
		String laiwuLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		int version = version("211102", admin);
		put("211102", laiwuLeader, 1000L, 2025, version).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.scope.denied"));
		put("370100", laiwuLeader, 1000L, 2025, version("370100", admin)).andExpect(status().isForbidden());
		String panjinInspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		put("211102", panjinInspector, 1000L, 2025, version).andExpect(status().isForbidden());
		assertThat(version("211102", admin)).isEqualTo(version);
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		int version = version("211103", panjinLeader);
		put("211103", panjinLeader, 521_000L, 2025, version).andExpect(status().isOk());
		put("211103", panjinLeader, 999L, 2025, version).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.concurrent-change"))
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/v1/regions/211103").header("Authorization", panjinLeader))
			.andExpect(jsonPath("$.population.residents").value(521_000));
	}

	@Test
	void withoutItsOwnFigureADivisionSumsItsNearestRecordedDescendants() throws Exception {
		String county = "210211"; // 大连市甘井子区: not used by the demo or other tests
		clear(county);
		List<Region> towns = regions.children(county);
		assertThat(towns).hasSizeGreaterThan(2);
		long total = 0;
		for (int i = 0; i < towns.size(); i++) {
			String town = towns.get(i).code();
			long figure = 10_000L + i;
			put(town, admin, figure, i == 1 ? 2023 : 2025, version(town, admin)).andExpect(status().isOk());
			total += figure;
		}
		mvc.perform(get("/api/v1/regions/" + county).header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.population.source").value("SUM_OF_DESCENDANTS"))
			.andExpect(jsonPath("$.population.residents").value(total))
			.andExpect(jsonPath("$.population.year").value(2023));
		put(county, admin, 123_456L, 2025, version(county, admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.population.source").value("RECORDED"))
			.andExpect(jsonPath("$.population.residents").value(123_456));
		clear(county);
		assertThat(regions.population(county)).get().extracting(Population::residents, Population::source)
			.containsExactly(total, Population.Source.SUM_OF_DESCENDANTS);
	}

	@Test
	void aScopedUserSeesThePathToTheirDivisionAndEverythingBelowIt() throws Exception {
		String laiwu = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		mvc.perform(get("/api/v1/regions").header("Authorization", laiwu))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", contains("370000")));
		mvc.perform(get("/api/v1/regions/370100/children").header("Authorization", laiwu))
			.andExpect(jsonPath("$.items[*].code", contains("370116")));
		mvc.perform(get("/api/v1/regions/370116/children").header("Authorization", laiwu))
			.andExpect(jsonPath("$.items", hasSize(regions.children("370116").size())));
		mvc.perform(get("/api/v1/regions/211102").header("Authorization", laiwu))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.division.unknown"));
		mvc.perform(get("/api/v1/regions/370102").header("Authorization", laiwu)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/regions").header("Authorization", admin)).andExpect(jsonPath("$.items", hasSize(31)));
	}

	private void clear(String code) throws Exception {
		mvc.perform(delete("/api/v1/regions/" + code + "/population").param("version", String.valueOf(version(code, admin)))
			.header("Authorization", admin)).andExpect(status().isNoContent());
	}

	private int version(String code, String bearer) throws Exception {
		String body = mvc.perform(get("/api/v1/regions/" + code).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("version").asInt();
	}

	private ResultActions put(String code, String bearer, Long residents, Integer year, Integer version) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("residents", residents);
		body.put("year", year);
		body.put("version", version);
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/regions/" + code + "/population")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

}
