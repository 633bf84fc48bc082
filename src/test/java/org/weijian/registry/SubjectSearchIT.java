package org.weijian.registry;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SubjectSearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	TestAccounts accounts;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
	}

	private JsonNode get200(String bearer, String url) throws Exception {
		String body = mvc.perform(get(url).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map(n -> n.get("id").asLong()).toList();
	}

	@Test
	void namesStartingWithTheTextComeBeforeNamesThatOnlyContainIt() throws Exception {
		long n = RegistryFixtures.next();
		String token = "甄" + Long.toString(n, 36).toUpperCase() + "鑫";
		SubjectRecord contains = registration.register(RegistryFixtures.hospital("阿" + token + "医院", "211102"));
		SubjectRecord prefixB = registration.register(RegistryFixtures.hospital(token + "乙医院", "211102"));
		SubjectRecord prefixA = registration.register(RegistryFixtures.hospital(token + "甲医院", "211102"));
		AccountView admin = accounts.create(Role.INSPECTOR, "211100");
		String url = "/api/v1/institutions?q=" + token;
		JsonNode all = get200(accounts.bearer(admin), url);
		assertThat(ids(all)).as("乙 (U+4E59) sorts before 甲 (U+7532)").containsExactly(prefixB.id(), prefixA.id(), contains.id());
		assertThat(all.get("totalElements").asLong()).isEqualTo(3);
		JsonNode second = get200(accounts.bearer(admin), url + "&size=2&page=1");
		assertThat(ids(second)).containsExactly(contains.id());
		assertThat(second.get("totalPages").asInt()).isEqualTo(2);
	}

	@Test
	void laiwuInspectorSeesNoPanjinInstitutions() throws Exception {
		long n = RegistryFixtures.next();
		SubjectRecord panjin = registration.register(RegistryFixtures.hospital("盘锦测试医院" + n, "211102"));
		SubjectRecord laiwu = registration.register(RegistryFixtures.hospital("莱芜盘锦路医院" + n, "370116"));
		AccountView panjinInspector = accounts.create(Role.INSPECTOR, "211100");
		AccountView laiwuInspector = accounts.create(Role.INSPECTOR, "370116");

		JsonNode asPanjin = get200(accounts.bearer(panjinInspector), "/api/v1/institutions?q=盘锦&size=200");
		assertThat(asPanjin.has("page")).isTrue();
		assertThat(asPanjin.get("size").asInt()).isEqualTo(200);
		assertThat(asPanjin.get("totalElements").asLong()).isPositive();
		assertThat(asPanjin.has("totalPages")).isTrue();
		assertThat(asPanjin.has("totalCapped")).isTrue();
		assertThat(asPanjin.get("items").valueStream().map(i -> i.get("regionCode").asString())).allMatch(c -> c.startsWith("2111"));

		JsonNode asLaiwu = get200(accounts.bearer(laiwuInspector), "/api/v1/institutions?q=盘锦&size=200");
		assertThat(asLaiwu.get("items").valueStream().map(i -> i.get("regionCode").asString())).noneMatch(c -> c.startsWith("2111"))
			.allMatch(c -> c.startsWith("370116"));
		assertThat(ids(asLaiwu)).contains(laiwu.id()).doesNotContain(panjin.id());

		String laiwuBearer = accounts.bearer(laiwuInspector);
		mvc.perform(get("/api/v1/institutions/" + panjin.id()).header("Authorization", laiwuBearer)).andExpect(status().isNotFound());
		JsonNode asked = get200(laiwuBearer, "/api/v1/institutions?region=211102&q=" + panjin.uscc());
		assertThat(asked.get("items").size()).isZero();
	}

	@Test
	void findsByNamePrefixContainedCharactersCreditCodeAndLicenceNumber() throws Exception {
		long n = RegistryFixtures.next();
		String name = "辽河油田总医院" + n;
		SubjectRecord r = registration.register(RegistryFixtures.hospital(name, "211103"));
		String bearer = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));

		assertThat(ids(get200(bearer, "/api/v1/institutions?q=辽河油田&size=200"))).contains(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=油田总医&size=200"))).contains(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=" + r.uscc()))).containsExactly(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=" + r.uscc().substring(0, 14) + "&size=200"))).contains(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=" + r.licenceRegNo()))).containsExactly(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=" + r.licenceRegNo().toLowerCase()))).containsExactly(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=" + n + "&category=GENERAL_HOSPITAL&status=OPERATING"))).contains(r.id());
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=" + name + "&category=CLINIC"))).isEmpty();
		assertThat(ids(get200(bearer, "/api/v1/units?q=" + name))).isEmpty();
		mvc.perform(get("/api/v1/institutions?status=FLYING").header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/institutions?region=999999").header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("region"));
	}

	@Test
	void institutionUsersSeeOnlyTheirOwnInstitution() throws Exception {
		long n = RegistryFixtures.next();
		SubjectRecord own = registration.register(RegistryFixtures.hospital("盘锦本院" + n, "211102"));
		SubjectRecord other = registration.register(RegistryFixtures.hospital("盘锦他院" + n, "211102"));
		String bearer = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211102", null, own.id()));
		assertThat(ids(get200(bearer, "/api/v1/institutions?q=盘锦&size=200"))).containsExactly(own.id());
		mvc.perform(get("/api/v1/institutions/" + own.id()).header("Authorization", bearer)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/institutions/" + other.id()).header("Authorization", bearer)).andExpect(status().isNotFound());
	}

	@Test
	void listsCategoriesAndRefusesWritesWithoutPermission() throws Exception {
		String bearer = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		JsonNode categories = get200(bearer, "/api/v1/subject-categories?kind=PUBLIC_HEALTH_UNIT");
		assertThat(categories.valueStream().map(c -> c.get("code").asString())).contains("DRINKING_WATER", "PUBLIC_PLACE");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/institutions")
			.header("Authorization", bearer)
			.contentType("application/json")
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void writesOutsideTheScopeAreRefused() throws Exception {
		long n = RegistryFixtures.next();
		SubjectRecord panjin = registration.register(RegistryFixtures.hospital("盘锦改写医院" + n, "211102"));
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		String body = "{\"version\":0,\"categoryCode\":\"GENERAL_HOSPITAL\",\"name\":\"x\",\"regionCode\":\"370116\"}";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/institutions/" + panjin.id())
			.header("Authorization", leader)
			.contentType("application/json")
			.content(body)).andExpect(status().isNotFound());
		String created = "{\"categoryCode\":\"GENERAL_HOSPITAL\",\"name\":\"越权医院" + n + "\",\"uscc\":\"" + RegistryFixtures.uscc("211102")
				+ "\",\"regionCode\":\"211102\",\"ownership\":\"PUBLIC\",\"forProfit\":false,\"licenceRegNo\":\""
				+ RegistryFixtures.licence("211102") + "\",\"beds\":10}";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/institutions")
			.header("Authorization", leader)
			.contentType("application/json")
			.content(created)).andExpect(status().isForbidden());
	}

}
