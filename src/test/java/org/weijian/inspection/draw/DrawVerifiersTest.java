package org.weijian.inspection.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Both verifiers — the project's ({@code verify-draw}) and the independent Node.js one
 * ({@code tools/draw-verify/verify.mjs}, written from docs/draw-algorithm.md) — accept generated records
 * (strata, a cap, recusals, unstaffed tasks, a joint plan) and catch the same tampering with the same
 * JSON paths. The Node half is skipped, saying so, when {@code node} is not on the PATH.
 */
class DrawVerifiersTest {

	static final Path SCRIPT = Path.of("tools/draw-verify/verify.mjs");

	static boolean node;

	@TempDir
	static Path dir;

	@BeforeAll
	static void findNode() {
		try {
			Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			node = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			node = false;
		}
		if (!node) {
			System.out.println("DrawVerifiersTest: node is not on the PATH — the independent verifier " + SCRIPT + " is NOT run; only the Java verifier is checked");
		}
	}

	static Map<String, String> records() {
		Map<String, String> records = new LinkedHashMap<>();
		for (DrawInput input : List.of(DrawSamples.tiny(), DrawSamples.byTier(), DrawSamples.joint())) {
			records.put(input.drawId(), new String(DrawEngine.run(input).toJson(), StandardCharsets.UTF_8));
		}
		return records;
	}

	@Test
	void bothVerifiersAcceptTheGeneratedRecords() throws Exception {
		for (Map.Entry<String, String> record : records().entrySet()) {
			Result java = java(record.getValue());
			assertThat(java.exit()).as(java.output()).isZero();
			assertThat(java.output()).startsWith("OK " + record.getKey());
			if (node) {
				Result js = node(record.getValue());
				assertThat(js.exit()).as(js.output()).isZero();
				assertThat(js.output()).isEqualTo(java.output());
			}
		}
	}

	@Test
	void bothVerifiersCatchTamperingAtTheSamePaths() throws Exception {
		String byTier = records().get("draw-by-tier");
		String joint = records().get("draw-joint");
		DrawRecord record = DrawRecord.fromJson(byTier.getBytes(StandardCharsets.UTF_8));
		String digest = record.poolDigest();
		List<Tampering> tamperings = List.of(
				new Tampering("changed chosen id", byTier, s -> s.replace("\"chosen\": [\"101\", \"103\"]", "\"chosen\": [\"101\", \"102\"]"),
						"tasks[0].draws[0].chosen"),
				new Tampering("changed source value", byTier, s -> s.replace("\"values\": [2, 5, 12, 8, 10]", "\"values\": [2, 5, 12, 8, 11]"), "key"),
				new Tampering("reordered candidates", byTier, s -> s.replace("[\"13\", \"14\",", "[\"14\", \"13\","), "strata[1].candidates"),
				new Tampering("changed digest", byTier, s -> s.replace(digest, digest.replace("sha256:8", "sha256:9")), "pool_digest"),
				new Tampering("changed inspector pool", byTier, s -> s.replace("\"inspector_pool\": [\"101\",", "\"inspector_pool\": [\"100\", \"101\","),
						"inspector_pool_digest"),
				new Tampering("inspector over the cap", byTier,
						s -> s.replace("\"eligible\": [\"102\", \"103\", \"106\", \"109\", \"111\"]", "\"eligible\": [\"101\", \"102\", \"103\", \"106\", \"109\", \"111\"]"),
						"tasks[5].draws[0].eligible"),
				new Tampering("unstaffed made staffed", byTier, s -> s.replace("\"status\": \"UNSTAFFED\", \"reason\": \"eligible 0 < required 2\"}]}",
						"\"status\": \"STAFFED\", \"reason\": null}]}"), "tasks[15].status"),
				new Tampering("changed k", byTier, s -> s.replace("\"k\": 3,", "\"k\": 2,"), "strata[1].k"),
				new Tampering("joint department count", joint, s -> s.replace("\"count\": 1,", "\"count\": 2,"), "tasks[0].draws[0].count"),
				new Tampering("joint chosen swapped", joint, s -> s.replace("\"chosen\": [\"301\", \"302\"]}], \"status\": \"STAFFED\", \"reason\": null},\n  {\"index\": 1",
						"\"chosen\": [\"302\", \"301\"]}], \"status\": \"STAFFED\", \"reason\": null},\n  {\"index\": 1"), "tasks[0].draws[1].chosen"),
				new Tampering("object moved into a second stratum", byTier, s -> s.replace("[\"13\", \"14\",", "[\"12\", \"13\", \"14\","),
						"strata[1].candidates"),
				new Tampering("plan ratio changed", byTier, s -> s.replace("\"B\": \"0.2000\"", "\"B\": \"0.25\""), "strata[1].ratio"),
				new Tampering("float in the record", byTier, s -> s.replace("\"k\": 6,", "\"k\": 6.0,"), "strata[2].k"),
				new Tampering("duplicate field", byTier, s -> s.replace("{\"id\": \"draw-by-tier\",", "{\"id\": \"draw-by-tier\", \"id\": \"x\","), "$"));
		List<String> report = new ArrayList<>();
		for (Tampering t : tamperings) {
			String tampered = t.change().apply(t.record());
			assertThat(tampered).as(t.name() + " changes the record").isNotEqualTo(t.record());
			Result java = java(tampered);
			assertThat(java.exit()).as(t.name() + ": " + java.output()).isEqualTo(1);
			assertThat(java.output()).as(t.name()).contains(t.path() + ": ").contains("FAILED");
			if (node) {
				Result js = node(tampered);
				assertThat(js.exit()).as(t.name() + " (node): " + js.output()).isEqualTo(1);
				assertThat(js.output()).as(t.name() + " (node)").contains(t.path() + ": ").contains("FAILED");
				if (!t.path().equals("$")) {
					assertThat(js.output()).as(t.name() + ": both verifiers report the same differences").isEqualTo(java.output());
				}
			}
			report.add(t.name() + " -> " + java.output().lines().findFirst().orElse(""));
		}
		assertThat(report).hasSize(tamperings.size());
	}

	@Test
	void bothVerifiersAnswerTwoOnBadUsage() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(DrawVerifierCommand.run(new String[] { "verify-draw", dir.resolve("none.json").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
		if (node) {
			Process p = new ProcessBuilder("node", SCRIPT.toString(), dir.resolve("none.json").toString()).redirectErrorStream(true).start();
			assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(p.exitValue()).isEqualTo(2);
		}
	}

	record Tampering(String name, String record, UnaryOperator<String> change, String path) {
	}

	record Result(int exit, String output) {
	}

	static Result java(String json) throws IOException {
		Path file = Files.createTempFile(dir, "record", ".json");
		Files.writeString(file, json);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = DrawVerifierCommand.run(new String[] { "verify-draw", file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Result(exit, out.toString(StandardCharsets.UTF_8));
	}

	static Result node(String json) throws IOException, InterruptedException {
		Path file = Files.createTempFile(dir, "record", ".json");
		Files.writeString(file, json);
		Process p = new ProcessBuilder("node", SCRIPT.toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(p.exitValue(), output);
	}

}
