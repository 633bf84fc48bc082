package org.weijian.demo;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.weijian.support.DemoContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset as a user meets it over HTTP: every demo user logs in with the demo password; a
 * 盘锦市 inspector finds 盘锦 institutions with paging; a 莱芜区 inspector gets no 盘锦市 record; every
 * seeding step is recorded once.
 */
@DemoContext
class DemoDataIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoUserLogsInWithTheDemoPassword() throws Exception {
		for (DemoUsers.DemoUser user : DemoUsers.USERS) {
			HttpResponse<String> r = token(user.username(), "Demo@2026");
			assertThat(r.statusCode()).as(user.username()).isEqualTo(200);
			assertThat(JSON.readTree(r.body()).path("access_token").asString()).startsWith("wj_");
		}
		assertThat(token("admin", "Wrong@2026").statusCode()).isEqualTo(401);
	}

	@Test
	void theReadinessProbeIsPublicAndUpOnceTheDemoIsLoaded() throws Exception {
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("UP").doesNotContain("components");
	}

	@Test
	void aPanjinInspectorFindsPanjinInstitutionsWithPaging() throws Exception {
		JsonNode page = get("inspector.panjin", "/api/v1/institutions?q=" + URLEncoder.encode("盘锦", StandardCharsets.UTF_8));
		assertThat(page.path("items").size()).isPositive();
		assertThat(page.path("totalElements").asLong()).isPositive();
		assertThat(page.has("page") && page.has("size") && page.has("totalPages")).isTrue();
		page.path("items").forEach(i -> {
			assertThat(i.path("regionCode").asString()).startsWith("2111");
			assertThat(i.path("name").asString()).contains("盘锦");
		});
	}

	@Test
	void aLaiwuInspectorGetsNoPanjinRecords() throws Exception {
		assertThat(get("inspector.laiwu", "/api/v1/institutions?q=" + URLEncoder.encode("盘锦", StandardCharsets.UTF_8))
			.path("items")).isEmpty();
		JsonNode all = get("inspector.laiwu", "/api/v1/institutions?size=100");
		assertThat(all.path("items").size()).isPositive();
		all.path("items").forEach(i -> assertThat(i.path("regionCode").asString()).startsWith("370116"));
		JsonNode practitioners = get("inspector.laiwu", "/api/v1/practitioners?size=100");
		assertThat(practitioners.path("items").size()).isPositive();
	}

	@Test
	void theDatasetHasEveryPartAndEachStepRanOnce() {
		assertThat(jdbc.sql("select step from demo_load order by step").query(String.class).list())
			.containsExactlyInAnyOrder("regions", "agency", "registry", "licences", "registration", "users", "ledger-head", "tiers",
					"inspection-plans", "inspection", "inspection-tasks", "monitoring", "monitoring-leads");
		assertThat(count("select count(*) from grid")).isPositive();
		assertThat(count("select count(*) from inspector")).isPositive();
		assertThat(count("select count(*) from subject where kind = 'MEDICAL_INSTITUTION'")).isBetween(30L, 60L);
		assertThat(count("select count(*) from practitioner")).isPositive();
		assertThat(count("select count(*) from licence")).isPositive();
		assertThat(count("select count(*) from registration_request")).isPositive();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private HttpResponse<String> token(String user, String password) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode get(String user, String path) throws Exception {
		String token = JSON.readTree(token(user, "Demo@2026").body()).path("access_token").asString();
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(r.body());
	}

}
