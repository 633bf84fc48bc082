package org.weijian.monitoring.rulebase;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.engine.RuleBase;
import org.weijian.monitoring.engine.RuleParameter;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rule-base versions: the shipped v1 registered at start with its ledger entry, new versions validated, audited, in the ledger. */
@SpringBootTest
@AutoConfigureMockMvc
class RuleBasesIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	RuleBases ruleBases;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	String leader;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
	}

	@Test
	void theShippedRuleBaseIsRegisteredOnceWithItsHashAndLedgerEntry() throws Exception {
		assertThat(ruleBases.registerShipped()).as("already registered at start-up").isFalse();
		JsonNode v1 = send(leader, get("/api/v1/monitoring/rulebases/v1"), null, 200);
		RuleBase shipped = RuleBase.v1();
		assertThat(v1.path("contentSha256").asString()).isEqualTo(RuleBases.sha256(shipped.canonicalCsv()));
		assertThat(v1.path("parameters").size()).isEqualTo(shipped.parameters().size());
		assertThat(v1.path("createdBy").asString()).isEqualTo("system");
		assertLedgerEntry("v1", v1);
		assertThat(ruleBases.load("v1").parameters()).isEqualTo(shipped.parameters());
	}

	@Test
	void aNewVersionIsNumberedAuditedAndEnteredInTheLedger() throws Exception {
		Map<String, String> values = values("v1");
		values.put("SPLIT_ADM.max_gap_days", "30");
		JsonNode created = send(leader, post("/api/v1/monitoring/rulebases"),
				Map.of("basedOn", "v1", "values", values, "note", "分解住院间隔放宽到 30 天（试行）"), 201);
		String version = created.path("version").asString();
		assertThat(version).matches("v[2-9][0-9]*");
		assertThat(created.path("basedOn").asString()).isEqualTo("v1");
		assertThat(created.path("createdBy").asString()).startsWith("t");
		assertLedgerEntry(version, created);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitoring.rulebase.created' and entity_id = ?").param(version)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(ruleBases.load(version).number("SPLIT_ADM", "max_gap_days")).isEqualByComparingTo("30");

		JsonNode diff = send(leader, get("/api/v1/monitoring/rulebases/" + version + "/diff"), null, 200);
		int changed = 0;
		for (JsonNode c : diff) {
			if (!c.path("value").asString().equals(c.path("previous").asString())) {
				changed++;
				assertThat(c.path("ruleCode").asString() + "." + c.path("parameter").asString()).isEqualTo("SPLIT_ADM.max_gap_days");
				assertThat(c.path("previous").asString()).isEqualTo("15");
			}
		}
		assertThat(changed).isEqualTo(1);

		JsonNode next = send(leader, post("/api/v1/monitoring/rulebases"), Map.of("basedOn", version, "values", values(version), "note", "重新发布"),
				201);
		assertThat(RuleBaseNames.number(next.path("version").asString())).isGreaterThan(RuleBaseNames.number(version));
	}

	@Test
	void badValuesAreRefusedNamingTheParameter() throws Exception {
		Map<String, String> values = values("v1");
		values.put("SPLIT_ADM.max_gap_days", "15.5");
		values.put("AUD.max_ddd_per_100_patient_days", "forty");
		values.put("AUD.atc_prefix", "J01'; drop");
		values.remove("FREQ_VISIT.min_visits_per_day");
		values.put("NO_SUCH.rule", "1");
		JsonNode problem = send(leader, post("/api/v1/monitoring/rulebases"), Map.of("basedOn", "v1", "values", values), 400);
		Map<String, String> errors = new LinkedHashMap<>();
		problem.path("errors").forEach(e -> errors.put(e.path("field").asString(), e.path("code").asString()));
		assertThat(errors).containsEntry("SPLIT_ADM.max_gap_days", "error.monitoring.rulebase.integer")
			.containsEntry("AUD.max_ddd_per_100_patient_days", "error.monitoring.rulebase.number")
			.containsEntry("AUD.atc_prefix", "error.monitoring.rulebase.code")
			.containsEntry("FREQ_VISIT.min_visits_per_day", "error.field.required")
			.containsEntry("NO_SUCH.rule", "error.monitoring.rulebase.unknown-parameter");

		JsonNode unchanged = send(leader, post("/api/v1/monitoring/rulebases"), Map.of("basedOn", "v1", "values", values("v1")), 400);
		assertThat(unchanged.path("errors").get(0).path("field").asString()).isEqualTo("note");
		assertThat(unchanged.path("errors").get(0).path("code").asString()).isEqualTo("error.monitoring.rulebase.nothing-changed");

		JsonNode negative = send(leader, post("/api/v1/monitoring/rulebases"),
				Map.of("basedOn", "v1", "values", with(values("v1"), "COST_OUTLIER.max_robust_z", "-3.5")), 400);
		assertThat(negative.path("errors").get(0).path("field").asString()).isEqualTo("COST_OUTLIER.max_robust_z");

		JsonNode noBase = send(leader, post("/api/v1/monitoring/rulebases"), Map.of("basedOn", "v404", "values", values("v1")), 400);
		assertThat(noBase.path("errors").get(0).path("field").asString()).isEqualTo("basedOn");
	}

	@Test
	void onlyTheRulesPermissionMakesVersions() throws Exception {
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		send(inspector, get("/api/v1/monitoring/rulebases"), null, 200);
		send(inspector, post("/api/v1/monitoring/rulebases"), Map.of("basedOn", "v1", "values", values("v1"), "note", "x"), 403);
		String exchange = accounts.bearer(accounts.create(Role.EXCHANGE_CLIENT, null));
		send(exchange, get("/api/v1/monitoring/rulebases"), null, 403);
		send(leader, get("/api/v1/monitoring/rulebases/v999"), null, 404);
	}

	private void assertLedgerEntry(String version, JsonNode view) {
		long index = view.path("ledgerLeafIndex").asLong();
		Map<String, Object> entry = jdbc.sql("select entry_type, subject_type, subject_id, public_act, encode(leaf_hash, 'hex') as hash,"
				+ " leaf_input from ledger_entry where leaf_index = ?").param(index).query().singleRow();
		assertThat(entry.get("entry_type")).isEqualTo("monitoring.rulebase-published");
		assertThat(entry.get("subject_type")).isEqualTo("monitoring-rulebase");
		assertThat(entry.get("subject_id")).isEqualTo(version);
		assertThat(entry.get("public_act")).isEqualTo(false);
		assertThat(entry.get("hash")).isEqualTo(view.path("ledgerLeafHash").asString());
		String input = new String((byte[]) entry.get("leaf_input"), StandardCharsets.UTF_8);
		assertThat(input).contains("\"sha256\":\"" + view.path("contentSha256").asString() + "\"")
			.contains("\"parameter_count\":" + view.path("parameters").size());
		assertThat(jdbc.sql("select count(*) from ledger_entry where subject_type = 'monitoring-rulebase' and subject_id = ?").param(version)
			.query(Long.class).single()).isEqualTo(1);
	}

	private Map<String, String> values(String version) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter p : ruleBases.get(version).parameters()) {
			values.put(p.ruleCode() + "." + p.parameter(), p.value());
		}
		return values;
	}

	private static Map<String, String> with(Map<String, String> values, String key, String value) {
		values.put(key, value);
		return values;
	}

	private JsonNode send(String bearer, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Object body, int expected) throws Exception {
		request.header("Authorization", bearer);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
		}
		String response = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? JSON.nullNode() : JSON.readTree(response);
	}

}
