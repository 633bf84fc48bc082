package org.weijian.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.monitoring.run.MonitoringRunSucceeded;
import org.weijian.support.DemoContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's lead step: a no-op on the first start when no run has raised leads, and on a run of the
 * sample's institution codes it links the codes and carries leads through every stage as the demo users,
 * so that the institution portal, the lead list and the effectiveness page have data.
 */
@DemoContext
class MonitoringLeadSeedingIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DEMO_CODE = "H21112200005";

	static final String OTHER_CODE = "H21110200001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MonitoringLeadSeeding seeding;

	@Test
	void linksTheSampleCodesAndCarriesLeadsThroughEveryStage() throws Exception {
		assertThat(jdbc.sql("select count(*) from demo_load where step = 'monitoring-leads'").query(Long.class).single()).isEqualTo(1);
		run(List.of("AGE_LMT", "DX_LMT", "SPLIT_ADM", "BED_DAYS", "CNT_DAY", "DUP_LINE", "FREQ_VISIT", "FREQ_VISIT", "INCL_ITEM", "GEND_LMT",
				"PRIC_UPLMT"), List.of("DX_LMT", "DUP_LINE", "CNT_DAY", "AGE_LMT", "BED_BLOCK", "SPLIT_ADM", "FREQ_VISIT"));
		seeding.seed(new DemoDataset(0.02, 20261123, List.of(), LocalDate.now()));

		JsonNode links = get("leader.panjin", "/api/v1/monitoring/institution-links?size=200");
		List<String> codes = links.path("items").findValuesAsString("fixmedinsCode");
		assertThat(codes).contains(DEMO_CODE, OTHER_CODE);

		Set<String> portalStages = new HashSet<>();
		JsonNode mine = get("institution.demo", "/api/v1/portal/leads?size=200");
		mine.path("items").forEach(l -> portalStages.add(l.path("stage").asString()));
		assertThat(portalStages).contains("APPEAL", "VERIFICATION", "DISPOSAL", "CONFIRMED", "REJECTED_ON_APPEAL");

		Set<String> stages = new HashSet<>();
		get("leader.panjin", "/api/v1/monitoring/leads?size=200").path("items").forEach(l -> stages.add(l.path("stage").asString()));
		assertThat(stages).contains("INITIAL_REVIEW", "SECOND_REVIEW", "DISMISSED", "CONFIRMED");

		JsonNode confirmed = null;
		for (JsonNode l : mine.path("items")) {
			if (l.path("stage").asString().equals("CONFIRMED")) {
				confirmed = l;
				break;
			}
		}
		JsonNode detail = get("leader.panjin", "/api/v1/monitoring/leads/" + confirmed.path("id").asLong());
		assertThat(detail.path("history").findValuesAsString("actor")).containsSubsequence("inspector.panjin", "reviewer.panjin",
				"institution.demo", "inspector.panjin", "leader.panjin");
		JsonNode report = get("leader.panjin", "/api/v1/monitoring/effectiveness");
		assertThat(report.path("total").path("confirmed").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(report.path("total").path("rejectedOnAppeal").asLong()).isPositive();
		assertThat(new java.math.BigDecimal(report.path("total").path("amountRecovered").asString())).isPositive();
	}

	/** A Panjin dataset's MONITOR run with hits for the two codes, stored and announced as the runs module does. */
	private void run(List<String> demoRules, List<String> otherRules) {
		tx.executeWithoutResult(status -> {
			Timestamp now = Timestamp.from(Instant.now());
			String version = "demo-it-" + System.nanoTime() % 1_000_000_000;
			jdbc.sql("INSERT INTO monitoring_rulebase (version, note, content_sha256, created_at, created_by) VALUES (?, '', repeat('0', 64), ?, 'test')")
				.params(version, now).update();
			long dataset = jdbc.sql("""
					INSERT INTO monitoring_dataset (name, region_code, source, directory, visits_file, fees_file, kb_file, total_bytes,
					  content_sha256, created_at, created_by)
					VALUES ('样例数据', '211100', 'SERVER_PATH', '/data', 'mdtrt_d.csv', 'fee_list_d.csv', 'hilist_kb.csv', 1, repeat('0', 64), ?, 'test')
					RETURNING id""").param(now).query(Long.class).single();
			long run = jdbc.sql("""
					INSERT INTO monitoring_run (dataset_id, rulebase_version, purpose, skip_bad_rows, status, requested_at, requested_by)
					VALUES (?, ?, 'MONITOR', false, 'SUCCEEDED', ?, 'test') RETURNING id""").params(dataset, version, now).query(Long.class).single();
			List<String[]> findings = new ArrayList<>();
			demoRules.forEach(r -> findings.add(new String[] { r, DEMO_CODE }));
			otherRules.forEach(r -> findings.add(new String[] { r, OTHER_CODE }));
			int n = 0;
			for (String[] f : findings) {
				n++;
				jdbc.sql("""
						INSERT INTO monitoring_finding (run_id, rule_code, level, fixmedins_code, mdtrt_id, psn_no_masked, amount)
						VALUES (?, ?, 'HIT', ?, ?, '2111********0001', ?)""")
					.params(run, f[0], f[1], "2111250" + n, new java.math.BigDecimal(100 + n * 10 + ".50"))
					.update();
			}
			events.publishEvent(new MonitoringRunSucceeded(run, dataset, "211100", version));
		});
	}

	private JsonNode get(String user, String path) throws Exception {
		HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"Demo@2026\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String token = JSON.readTree(t.body()).path("access_token").asString();
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(r.body());
	}

}
