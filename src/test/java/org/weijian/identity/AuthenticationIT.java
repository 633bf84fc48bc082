package org.weijian.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AuthenticationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
	}

	@Test
	void scriptsTradePasswordsForBearerTokens() throws Exception {
		AccountView admin = accounts.create(Role.SYSTEM_ADMIN, null);
		String bearer = accounts.bearer(admin);
		mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(admin.username()));
	}

	@Test
	void storesOnlyDigestsOfTokens() throws Exception {
		AccountView admin = accounts.create(Role.SYSTEM_ADMIN, null);
		String token = accounts.bearer(admin).substring(7);
		long plainCopies = jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class).single();
		long digests = jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(ApiTokens.digest(token)).query(Long.class).single();
		assertThat(plainCopies).isZero();
		assertThat(digests).isOne();
	}

	@Test
	void refusesApiCallsWithoutOrWithBadTokensAsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.code").value("error.auth.required"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer wj_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.auth.invalid-token"));
	}

	@Test
	void wrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount() throws Exception {
		AccountView inspector = accounts.create(Role.INSPECTOR, null);
		String wrong = json.writeValueAsString(Map.of("username", inspector.username(), "password", "Wrong@2026x"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(wrong))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("error.auth.bad-credentials"));
		}
		String right = json.writeValueAsString(Map.of("username", inspector.username(), "password", TestAccounts.PASSWORD));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(right))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.auth.locked"));
	}

	@Test
	void tokenRequestWithoutFieldsNamesThem() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[1].field").value("password"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.request.malformed"));
	}

	@Test
	void pagesNeedALoginAndTheLoginFormNeedsCsrf() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(jsonPathFree());
		AccountView inspector = accounts.create(Role.INSPECTOR, null);
		mvc.perform(post("/login").param("username", inspector.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").with(csrf()).param("username", inspector.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, null));
		mvc.perform(get("/api/v1/users").header("Authorization", inspector))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.scope.denied"));
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		mvc.perform(get("/api/v1/users").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").isNumber());
	}

	@Test
	void userCreationIsValidatedAndAudited() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		String weak = json.writeValueAsString(Map.of("username", "weak.user", "displayName", "W", "password", "password",
				"roles", new String[] { "INSPECTOR" }));
		mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(weak))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].code").value("error.password.weak"));
		String name = "audited." + System.nanoTime();
		String good = json.writeValueAsString(Map.of("username", name, "displayName", "审计测试", "password", "Good@2026pw",
				"roles", new String[] { "INSPECTOR" }));
		String created = mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(get("/api/v1/audit").param("entityType", "user").param("entityId", String.valueOf(id)).header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("user.created"))
			.andExpect(jsonPath("$.items[0].after", containsString(name)));
		mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.user.duplicate"));
	}

	private static org.springframework.test.web.servlet.ResultMatcher jsonPathFree() {
		return result -> assertThat(result.getResponse().getContentAsString()).contains("csrf");
	}

}
