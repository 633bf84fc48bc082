package org.weijian.monitoring.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs through the REST API: the labelled sample comes out byte for byte as the answer files, bad input is refused with
 * file, line and column, skipped rows are listed, and a dataset gets one monitoring run per rule-base version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RunsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RunStore store;

	@Autowired
	InterruptedRuns interrupted;

	TestAccounts accounts;

	RunFixture fixture;

	String leader;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		fixture = new RunFixture(mvc);
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
	}

	@Test
	void theLabelledSampleUploadedAndRunThroughTheApiGivesTheAnswerFilesByteForByte() throws Exception {
		JsonNode dataset = fixture.uploadSample(leader, "盘锦 2025Q2 样本");
		long datasetId = dataset.path("id").asLong();
		assertThat(dataset.path("regionCode").asString()).isEqualTo("211100");
		assertThat(dataset.path("source").asString()).isEqualTo("UPLOAD");
		assertThat(dataset.path("contentSha256").asString()).hasSize(64);
		assertThat(dataset.path("totalBytes").asLong()).isEqualTo(sampleBytes());

		JsonNode queued = fixture.requestRun(leader, datasetId, "v1", false, 202);
		assertThat(queued.path("purpose").asString()).isEqualTo("MONITOR");
		JsonNode run = fixture.await(leader, queued.path("id").asLong());
		long runId = run.path("id").asLong();
		assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
		assertThat(run.path("rulesDone").asInt()).isEqualTo(15);

		Path sample = RunFixture.sample();
		assertThat(fixture.download(leader, "/api/v1/monitoring/runs/" + runId + "/hits.csv", 200))
			.isEqualTo(Files.readAllBytes(sample.resolve("expected_hits.csv")));
		assertThat(fixture.download(leader, "/api/v1/monitoring/runs/" + runId + "/warnings.csv", 200))
			.isEqualTo(Files.readAllBytes(sample.resolve("expected_warnings.csv")));
		int expectedHits = Files.readAllLines(sample.resolve("expected_hits.csv")).size() - 1;
		assertThat(run.path("hitCount").asInt()).isEqualTo(expectedHits);

		JsonNode counts = fixture.getJson(leader, "/api/v1/monitoring/runs/" + runId + "/rules", 200);
		assertThat(counts.size()).isEqualTo(15);
		int total = 0;
		for (JsonNode c : counts) {
			total += c.path("count").asInt();
		}
		assertThat(total).isEqualTo(run.path("hitCount").asInt() + run.path("warningCount").asInt());

		// psn_no is stored encrypted and shown masked only
		JsonNode findings = fixture.getJson(leader, "/api/v1/monitoring/runs/" + runId + "/findings?level=HIT&size=5", 200);
		assertThat(findings.path("totalElements").asInt()).isEqualTo(expectedHits);
		assertThat(findings.path("items").get(0).path("psnNoMasked").asString()).contains("*");
		assertThat(findings.toString()).doesNotContain("2111000000000889");
		assertThat(jdbc.sql("select count(*) from monitoring_finding where run_id = ? and psn_no_cipher is not null and psn_no_index is not null")
			.param(runId).query(Long.class).single()).isEqualTo(expectedHits);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'monitoring-run' and entity_id = ? and action = 'monitoring.run.hits-exported'")
			.param(String.valueOf(runId)).query(Long.class).single()).isEqualTo(1);

		// one monitoring run per dataset and version
		JsonNode again = fixture.requestRun(leader, datasetId, "v1", false, 409);
		assertThat(again.path("code").asString()).isEqualTo("error.monitoring.run.duplicate");
	}

	@Test
	void badInputIsRefusedWithEveryProblemByFileLineAndColumn(@TempDir Path dir) throws Exception {
		Bad bad = Bad.write(dir);
		long datasetId = fixture.upload(leader, "坏数据", null, bad.visits, bad.fees, bad.kb, null, 201).path("id").asLong();
		JsonNode run = fixture.await(leader, fixture.requestRun(leader, datasetId, "v1", false, 202).path("id").asLong());

		assertThat(run.path("status").asString()).isEqualTo("REFUSED");
		List<String> problems = new ArrayList<>();
		run.path("problems").forEach(p -> problems.add(p.asString()));
		assertThat(problems).contains("mdtrt_d.csv line 2 column brdy: bad date '1980-02-30'",
				"mdtrt_d.csv line 3 column mdtrt_id: duplicate id 'V1'", "fee_list_d.csv line 3 column list_type: unknown code '999'",
				"hilist_kb.csv line 2 column gend_lmt: unknown code '3'");
		assertThat(String.join("\n", problems)).as("no server directory is shown").doesNotContain(dir.toString())
			.doesNotContain("monitoring-storage");
		long runId = run.path("id").asLong();
		assertThat(fixture.getJson(leader, "/api/v1/monitoring/runs/" + runId + "/hits.csv", 409).path("code").asString())
			.isEqualTo("error.monitoring.run.not-succeeded");
		assertThat(jdbc.sql("select count(*) from monitoring_finding where run_id = ?").param(runId).query(Long.class).single()).isZero();
	}

	@Test
	void skippingBadRowsListsTheSkippedRows(@TempDir Path dir) throws Exception {
		Bad bad = Bad.write(dir);
		long datasetId = fixture.upload(leader, "坏数据-跳过", null, bad.visits, bad.fees, bad.kb, null, 201).path("id").asLong();
		JsonNode run = fixture.await(leader, fixture.requestRun(leader, datasetId, "v1", true, 202).path("id").asLong());

		assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
		long runId = run.path("id").asLong();
		JsonNode skipped = fixture.getJson(leader, "/api/v1/monitoring/runs/" + runId + "/skipped", 200);
		assertThat(skipped.path("totalElements").asInt()).isEqualTo(run.path("skippedCount").asInt()).isPositive();
		List<String> rows = new ArrayList<>();
		skipped.path("items").forEach(s -> rows.add(s.path("file").asString() + "," + s.path("line").asLong() + ","
				+ s.path("column").asString()));
		assertThat(rows).contains("mdtrt_d.csv,2,brdy", "hilist_kb.csv,2,gend_lmt");
		String csv = new String(fixture.download(leader, "/api/v1/monitoring/runs/" + runId + "/skipped.csv", 200),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("file,line,column,reason\n").contains("mdtrt_d.csv,2,brdy,");
	}

	@Test
	void runsOfAnotherRegionAreHiddenAndReadersCannotRun() throws Exception {
		long datasetId = fixture.uploadSample(leader, "范围测试").path("id").asLong();
		String laiwu = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		fixture.getJson(laiwu, "/api/v1/monitoring/datasets/" + datasetId, 404);
		assertThat(fixture.requestRun(laiwu, datasetId, "v1", false, 403).path("code").asString()).isEqualTo("error.scope.denied");

		String reader = accounts.bearer(accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		fixture.getJson(reader, "/api/v1/monitoring/datasets/" + datasetId, 200);
		fixture.requestRun(reader, datasetId, "v1", false, 403);

		assertThat(fixture.requestRun(leader, datasetId, "v99", false, 400).path("errors").get(0).path("field").asString())
			.isEqualTo("ruleBaseVersion");
		JsonNode run = fixture.requestRun(leader, datasetId, "v1", false, 202);
		fixture.getJson(laiwu, "/api/v1/monitoring/runs/" + run.path("id").asLong(), 404);
		fixture.await(leader, run.path("id").asLong());
		fixture.download(laiwu, "/api/v1/monitoring/runs/" + run.path("id").asLong() + "/warnings.csv", 404);
		fixture.download(reader, "/api/v1/monitoring/runs/" + run.path("id").asLong() + "/hits.csv", 403);
	}

	@Test
	void runsLeftQueuedOrRunningByTheLastProcessAreMarkedInterruptedAtStart(@TempDir Path dir) throws Exception {
		Bad bad = Bad.write(dir);
		long datasetId = fixture.upload(leader, "中断测试", null, bad.visits(), bad.fees(), bad.kb(), null, 201).path("id").asLong();
		long queued = store.insert(datasetId, "v1", RunPurpose.MONITOR, null, false, "test", java.time.Instant.now());
		long running = store.insert(datasetId, "v1", RunPurpose.REPLAY, queued, false, "test", java.time.Instant.now());
		store.start(running, java.time.Instant.now());

		interrupted.run(null);

		for (long id : List.of(queued, running)) {
			JsonNode run = fixture.getJson(leader, "/api/v1/monitoring/runs/" + id, 200);
			assertThat(run.path("status").asString()).isEqualTo("FAILED");
			assertThat(run.path("problems").get(0).asString()).isEqualTo("error.monitoring.run.interrupted");
		}
		// the worker leaves a run that is no longer queued alone
		assertThat(store.start(queued, java.time.Instant.now())).isFalse();
	}

	private static long sampleBytes() throws Exception {
		Path dir = RunFixture.sample();
		long total = 0;
		for (String f : List.of("mdtrt_d.csv", "fee_list_d.csv", "hilist_kb.csv", "peers.csv")) {
			total += Files.size(dir.resolve(f));
		}
		return total;
	}

	/** A small extract with a bad date, a duplicate id, a bad number, an unknown code and a fee line without its visit. */
	record Bad(Path visits, Path fees, Path kb) {

		static Bad write(Path dir) throws Exception {
			Path visits = dir.resolve("mdtrt_d.csv");
			Files.writeString(visits, String.join("\n",
					"mdtrt_id,psn_no,gend,brdy,fixmedins_code,med_type,begntime,endtime,dscg_maindiag_code,medfee_sumamt",
					"V1,P1,1,1980-02-30,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,10.00",
					"V1,P1,1,1980-02-01,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,abc",
					"V2,P2,2,1990-05-01,H1,11,2025-04-02 08:00:00,2025-04-02 09:00:00,J18.900,20.00", ""));
			Path fees = dir.resolve("fee_list_d.csv");
			Files.writeString(fees, String.join("\n",
					"feedetl_sn,mdtrt_id,fee_ocur_time,hilist_code,hilist_name,list_type,cnt,pric,det_item_fee_sumamt,bilg_dr_code",
					"F1,V2,2025-04-02 08:10:00,X1,\"a, \"\"b\"\"\",101,1,2.0000,2.00,D1",
					"F2,V9,2025-04-01 08:10:00,X1,a,999,1,2.0000,2.00,D1", ""));
			Path kb = dir.resolve("hilist_kb.csv");
			Files.writeString(kb, "hilist_code,gend_lmt,age_min,age_max,dx_lmt,pric_uplmt,cnt_day_max,incl_by,item_class,atc,ddd_per_unit\n"
					+ "X1,3,,,,,,,DRUG,,\n");
			return new Bad(visits, fees, kb);
		}

	}

}
