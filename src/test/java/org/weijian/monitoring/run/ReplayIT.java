package org.weijian.monitoring.run;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.engine.ClaimHit;
import org.weijian.monitoring.engine.ClaimsDataset;
import org.weijian.monitoring.engine.ClaimsEngine;
import org.weijian.monitoring.engine.RuleParameter;
import org.weijian.monitoring.rulebase.RuleBaseDraft;
import org.weijian.monitoring.rulebase.RuleBaseView;
import org.weijian.monitoring.rulebase.RuleBases;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay of the sample under a version that raises the AUD threshold to 60 and widens SPLIT_ADM to 16 days: AUD warnings
 * at or below 60 disappear, those above keep their value with the new threshold, the day-16 readmissions of the sample's
 * near-misses are added, and nothing else changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReplayIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	RuleBases ruleBases;

	RunFixture fixture;

	String leader;

	@BeforeEach
	void setUp() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		fixture = new RunFixture(mvc);
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
	}

	@Test
	void aReplayUnderAChangedThresholdListsTheAddedRemovedAndChangedFindings() throws Exception {
		long datasetId = fixture.uploadSample(leader, "回放测试").path("id").asLong();
		long original = fixture.await(leader, fixture.requestRun(leader, datasetId, "v1", false, 202).path("id").asLong()).path("id").asLong();
		RuleBaseView v2 = ruleBases.create(new RuleBaseDraft("v1", values(Map.of("AUD.max_ddd_per_100_patient_days", "60",
				"SPLIT_ADM.max_gap_days", "16")), "AUD 60, SPLIT_ADM 16 days"));

		JsonNode queued = fixture.replay(leader, original, v2.version(), 202);
		assertThat(queued.path("purpose").asString()).isEqualTo("REPLAY");
		assertThat(queued.path("comparedRunId").asLong()).isEqualTo(original);
		JsonNode replay = fixture.await(leader, queued.path("id").asLong());
		assertThat(replay.path("status").asString()).isEqualTo("SUCCEEDED");
		long replayId = replay.path("id").asLong();

		Map<String, long[]> summary = new LinkedHashMap<>();
		for (JsonNode s : fixture.getJson(leader, "/api/v1/monitoring/runs/" + replayId + "/diff", 200)) {
			summary.put(s.path("ruleCode").asString(), new long[] { s.path("added").asLong(), s.path("removed").asLong(),
					s.path("changed").asLong(), s.path("unchanged").asLong() });
		}
		assertThat(summary.get("AUD")).containsExactly(0, 2, 2, 0);
		Set<String> removed = rows(replayId, "REMOVED");
		assertThat(removed).containsExactlyInAnyOrder("AUD,H21110300002,2025-06", "AUD,H21110400003,2025-05");
		assertThat(rows(replayId, "CHANGED")).containsExactlyInAnyOrder("AUD,H21110400002,2025-04", "AUD,H21112200002,2025-05");
		JsonNode changed = fixture.getJson(leader, "/api/v1/monitoring/runs/" + replayId + "/diff/rows?change=CHANGED", 200).path("items").get(0);
		assertThat(changed.path("thresholdBefore").decimalValue()).isEqualByComparingTo("40");
		assertThat(changed.path("thresholdAfter").decimalValue()).isEqualByComparingTo("60");
		assertThat(changed.path("valueBefore").decimalValue()).isEqualByComparingTo(changed.path("valueAfter").decimalValue());

		// SPLIT_ADM: exactly the readmissions 16 days after a discharge come on top
		long splitV1 = Files.readAllLines(RunFixture.sample().resolve("expected_hits.csv")).stream().filter(l -> l.startsWith("SPLIT_ADM,")).count();
		Set<String> expectedAdded = new TreeSet<>();
		for (ClaimHit h : new ClaimsEngine(ruleBases.load(v2.version())).run(sampleFiles(), false, (c, n) -> {
		}).hits()) {
			if (h.ruleCode().equals("SPLIT_ADM")) {
				expectedAdded.add("SPLIT_ADM," + h.fixmedinsCode() + "," + h.mdtrtId());
			}
		}
		assertThat(summary.get("SPLIT_ADM")[1]).isZero();
		assertThat(summary.get("SPLIT_ADM")[3]).isEqualTo(splitV1);
		assertThat(summary.get("SPLIT_ADM")[0]).isPositive().isEqualTo(expectedAdded.size() - splitV1);
		assertThat(expectedAdded).containsAll(rows(replayId, "ADDED"));

		summary.forEach((rule, counts) -> {
			if (!rule.equals("AUD") && !rule.equals("SPLIT_ADM")) {
				assertThat(counts[0] + counts[1] + counts[2]).as(rule).isZero();
			}
		});

		String csv = new String(fixture.download(leader, "/api/v1/monitoring/runs/" + replayId + "/diff.csv?change=REMOVED", 200),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(3).first().asString().startsWith("change,rule_code,level");
		assertThat(csv).contains("REMOVED,AUD,WARNING,H21110300002,,,,,2025-06,,55.62,40,,");

		// the original run is not a replay; a replay needs a finished run
		fixture.getJson(leader, "/api/v1/monitoring/runs/" + original + "/diff", 409);
		fixture.replay(leader, original, "v404", 400);
	}

	private Set<String> rows(long replayId, String change) throws Exception {
		Set<String> rows = new TreeSet<>();
		JsonNode page = fixture.getJson(leader, "/api/v1/monitoring/runs/" + replayId + "/diff/rows?size=200&change=" + change, 200);
		for (JsonNode r : page.path("items")) {
			rows.add(r.path("level").asString().equals("HIT") ? r.path("ruleCode").asString() + "," + r.path("fixmedinsCode").asString() + ","
					+ r.path("mdtrtId").asString()
					: r.path("ruleCode").asString() + "," + r.path("fixmedinsCode").asString() + "," + r.path("period").asString());
		}
		return rows;
	}

	private Map<String, String> values(Map<String, String> changes) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter p : ruleBases.get("v1").parameters()) {
			values.put(p.ruleCode() + "." + p.parameter(), p.value());
		}
		values.putAll(changes);
		return values;
	}

	private static ClaimsDataset sampleFiles() {
		var dir = RunFixture.sample();
		return new ClaimsDataset(dir.resolve("mdtrt_d.csv"), dir.resolve("fee_list_d.csv"), dir.resolve("hilist_kb.csv"),
				dir.resolve("peers.csv"));
	}

}
