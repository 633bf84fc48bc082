package org.weijian.inspection.draw;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DrawVerifierTest {

	static final String K = DrawSamples.RFC_KEY;

	@Test
	void recomputesGeneratedRecordsExactly() {
		for (DrawInput input : List.of(DrawSamples.tiny(), DrawSamples.byTier(), DrawSamples.joint())) {
			VerificationReport report = DrawVerifier.verify(DrawEngine.run(input).toJson());
			assertThat(report.differences()).as(input.drawId()).isEmpty();
			assertThat(report.ok()).isTrue();
		}
	}

	@Test
	void namesAChangedChosenInspectorWithItsPathExpectedAndFound() {
		String json = byTier().replace("\"chosen\": [\"101\", \"103\"]", "\"chosen\": [\"101\", \"102\"]");
		assertThat(differences(json)).containsExactly("tasks[0].draws[0].chosen: expected [\"101\", \"103\"] found [\"101\", \"102\"]");
	}

	@Test
	void aChangedSourceValueChangesTheKeyAndEverythingDrawnWithIt() {
		List<String> differences = differences(byTier().replace("\"values\": [9319]", "\"values\": [9318]"));
		assertThat(differences.get(0)).isEqualTo("key: expected \"9318./2.5.8.10.12./9.18.26.34.41.45./\" found \"" + K + "\"");
		assertThat(differences).anyMatch(d -> d.startsWith("strata[1].selected: expected"));
		assertThat(differences).anyMatch(d -> d.startsWith("tasks[0].draws[0].key: expected \"9318./"));
	}

	@Test
	void reorderedCandidatesAreCaughtAndTheDrawStillRecomputedFromTheSortedPool() {
		String json = byTier().replace("\"candidates\": [\"1\", \"10\",", "\"candidates\": [\"10\", \"1\",");
		assertThat(differences(json)).containsExactly("strata[0].candidates: expected sorted by UTF-8 bytes without duplicates found \"1\" at [1] after \"10\"");
	}

	@Test
	void anObjectInTwoStrataIsCaught() {
		assertThat(differences(byTier().replace("[\"13\", \"14\",", "[\"12\", \"13\", \"14\","))).contains(
				"strata[1].candidates: expected each object in one stratum found \"12\" also in an earlier stratum");
	}

	@Test
	void aChangedDigestIsCaught() {
		DrawRecord record = DrawEngine.run(DrawSamples.byTier());
		String digest = record.poolDigest();
		String tampered = digest.substring(0, digest.length() - 1) + (digest.endsWith("0") ? "1" : "0");
		assertThat(differences(byTier().replace(digest, tampered))).containsExactly("pool_digest: expected \"" + digest + "\" found \"" + tampered + "\"");
		String inspectors = record.inspectorPoolDigest();
		assertThat(differences(byTier().replace("\"inspector_pool\": [\"101\", ", "\"inspector_pool\": [")))
			.contains("inspector_pool_digest: expected \"" + PoolDigest.inspectors(record.inspectorPool().subList(1, 12)) + "\" found \""
					+ inspectors + "\"")
			.anyMatch(d -> d.equals("tasks[0].draws[0].eligible: expected inspectors of inspector_pool found \"101\", not in the pool"));
	}

	@Test
	void anInspectorListedEligibleAfterReachingTheCapIsCaught() {
		// 101 was chosen for tasks 0, 1 and 4: at the cap of 3 before task 5
		String json = byTier().replace("\"eligible\": [\"102\", \"103\", \"106\", \"109\", \"111\"]",
				"\"eligible\": [\"101\", \"102\", \"103\", \"106\", \"109\", \"111\"]");
		assertThat(differences(json)).contains(
				"tasks[5].draws[0].eligible: expected nobody with cap_per_inspector 3 staffed tasks already found \"101\" with 3");
	}

	@Test
	void statusReasonCountKeyIndexAndObjectAreChecked() {
		String json = byTier().replace("\"status\": \"UNSTAFFED\", \"reason\": \"eligible 0 < required 2\"}]}",
				"\"status\": \"STAFFED\", \"reason\": null}]}");
		assertThat(differences(json)).containsExactly("tasks[15].status: expected \"UNSTAFFED\" found \"STAFFED\"",
				"tasks[15].reason: expected \"eligible 0 < required 2\" found null");
		assertThat(differences(byTier().replace("\"index\": 3,", "\"index\": 4,"))).containsExactly("tasks[3].index: expected 3 found 4");
		assertThat(differences(byTier().replace("\"object\": \"21\"", "\"object\": \"22\""))).containsExactly("tasks[3].object: expected \"21\" found \"22\"");
		assertThat(differences(byTier().replace("task:7/", "task:8/"))).containsExactly("tasks[7].draws[0].key: expected \"" + K + "task:7/\" found \"" + K + "task:8/\"");
		assertThat(differences(byTier().replace("\"k\": 3,", "\"k\": 2,"))).containsExactly("strata[1].k: expected 3 found 2");
		String joint = new String(DrawEngine.run(DrawSamples.joint()).toJson(), StandardCharsets.UTF_8);
		assertThat(differences(joint.replace("\"count\": 1,", "\"count\": 2,"))).contains("tasks[0].draws[0].count: expected 1 found 2");
		assertThat(differences(joint.replace("{\"code\": \"D1\", \"inspectors\": 1}", "{\"code\": \"D1\", \"inspectors\": 2}")))
			.contains("tasks[0].draws[0].count: expected 2 found 1");
	}

	@Test
	void theStrataFollowThePlansRatios() {
		assertThat(differences(byTier().replace("\"A\": \"0.0500\"", "\"A\": \"0.1\""))).containsExactly(
				"strata[0].ratio: expected \"0.1\" (plan.ratios.A) found \"0.05\"");
		assertThat(differences(byTier().replace(", \"D\": \"1.0000\"", ""))).containsExactly(
				"strata: expected the tiers of plan.ratios [A, B, C] found [A, B, C, D]");
	}

	@Test
	void anUnreadableRecordIsOneDifferenceAtItsPath() {
		assertThat(differences(byTier().replace("\"k\": 3,", "\"k\": 3.0,"))).singleElement().asString().startsWith("strata[1].k: ");
		assertThat(differences(byTier().replace("\"inspectors_per_task\": 2", "\"inspectors_per_task\": \"2\"")))
			.containsExactly("plan.inspectors_per_task: expected an integer, found 2");
		assertThat(differences(byTier().replace("weijian-draw/1", "weijian-draw/2")))
			.containsExactly("algorithm: expected \"weijian-draw/1\" found \"weijian-draw/2\"");
	}

	@Test
	void theCommandPrintsOkOrEveryDifferenceAndAnswersTheExitCode(@TempDir Path dir) throws Exception {
		Path good = Files.write(dir.resolve("good.json"), byTier().getBytes(StandardCharsets.UTF_8));
		Path bad = Files.write(dir.resolve("bad.json"), byTier().replace("\"chosen\": [\"101\", \"103\"]", "\"chosen\": [\"101\", \"102\"]")
			.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(DrawVerifierCommand.run(new String[] { "verify-draw", good.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK draw-by-tier: key, 4 strata, both pool digests and 16 tasks recomputed exactly");
		out.reset();
		assertThat(DrawVerifierCommand.run(new String[] { "verify-draw", bad.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("tasks[0].draws[0].chosen: expected [\"101\", \"103\"] found [\"101\", \"102\"]")
			.contains("FAILED draw-by-tier: 1 difference(s)");
		out.reset();
		assertThat(DrawVerifierCommand.run(new String[] { "verify-draw" }, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
		assertThat(DrawVerifierCommand.run(new String[] { "verify-draw", dir.resolve("missing.json").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: java -jar weijian.jar verify-draw").contains("cannot read");
	}

	static String byTier() {
		return new String(DrawEngine.run(DrawSamples.byTier()).toJson(), StandardCharsets.UTF_8);
	}

	static List<String> differences(String json) {
		return DrawVerifier.verify(json.getBytes(StandardCharsets.UTF_8)).differences().stream().map(Object::toString).toList();
	}

}
