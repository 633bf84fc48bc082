package org.weijian.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.ProofVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in ledger benchmark (not a timed test; see bench/ledger/run.sh and docs/benchmarks.md): sustained
 * batched appends with durable commits, inclusion and consistency proof latency at the final size, and
 * the full self-check. Runs in its own embedded PostgreSQL cluster so the other tests' log stays small.
 * {@code mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LedgerLoadIT
 * -Dweijian.load=true -Dweijian.load.entries=1000000}
 */
@SpringBootTest(properties = { "weijian.database.embedded.data-dir=target/ledger-bench-pg", "weijian.ledger.head-check-millis=3600000" })
@EnabledIfSystemProperty(named = "weijian.load", matches = "true")
class LedgerLoadIT {

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerQueries queries;

	@Autowired
	LedgerChecks checks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void measuresAppendsProofsAndSelfCheck() throws IOException {
		long entries = Long.getLong("weijian.load.entries", 1_000_000L);
		int batch = Integer.getInteger("weijian.load.batch", 5_000);
		int samples = Integer.getInteger("weijian.load.samples", 2_000);
		SplittableRandom random = new SplittableRandom(20261202);
		TransactionTemplate tx = new TransactionTemplate(transactions);
		List<String> report = new ArrayList<>();
		String digest = ledger.digestPersonalData("110101199003074514");

		long t0 = System.nanoTime();
		long appended = 0;
		long lastReport = t0;
		long lastCount = 0;
		double worstWindow = Double.MAX_VALUE;
		while (appended < entries) {
			int n = (int) Math.min(batch, entries - appended);
			List<LedgerAct> acts = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				long seq = appended + i;
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("decision", random.nextBoolean() ? "approved" : "returned");
				body.put("licence", "PDY-" + (100000 + seq % 900000));
				body.put("holder", digest);
				body.put("items", List.of("diagnosis", "beds", Long.valueOf(seq % 500)));
				body.put("file", Map.of("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size", 20480 + seq % 1000,
						"mediaType", "application/pdf"));
				acts.add(new LedgerAct(seq % 3 == 0 ? "registration.approved" : "licence.status-changed", "reviewer-" + seq % 97,
						seq % 40, "subject", Long.toString(seq), body, seq % 5 != 0));
			}
			tx.executeWithoutResult(s -> ledger.appendAll(acts));
			appended += n;
			long now = System.nanoTime();
			if (now - lastReport > 10_000_000_000L || appended == entries) {
				double rate = (appended - lastCount) / ((now - lastReport) / 1e9);
				worstWindow = Math.min(worstWindow, rate);
				System.out.printf("ledger bench: %,d entries, %.0f/s over the last window%n", appended, rate);
				lastReport = now;
				lastCount = appended;
			}
		}
		double appendSeconds = (System.nanoTime() - t0) / 1e9;
		report.add(String.format("appends: %,d entries in batches of %,d, %.1f s, %.0f entries/s sustained (slowest 10 s window %.0f/s)",
				entries, batch, appendSeconds, entries / appendSeconds, worstWindow));
		long avgInput = jdbc.sql("select avg(length(leaf_input))::bigint from ledger_entry where leaf_index < 10000").query(Long.class).single();
		report.add("average leaf input: " + avgInput + " bytes; database size "
				+ jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

		long s0 = System.nanoTime();
		TreeHeadView head = ledger.signTreeHead();
		report.add(String.format("signing a head over %,d entries: %.1f ms", head.treeSize(), (System.nanoTime() - s0) / 1e6));
		long size = head.treeSize();
		byte[] root = Base64.getDecoder().decode(head.rootHashBase64());
		ProofVerifier verifier = new ProofVerifier(HashAlgorithm.SHA_256);

		// warm-up, then timed samples
		for (int i = 0; i < 200; i++) {
			queries.inclusionProof(random.nextLong(size), size);
		}
		long[] inclusion = new long[samples];
		long[] byHash = new long[samples];
		for (int i = 0; i < samples; i++) {
			long index = random.nextLong(size);
			long a = System.nanoTime();
			InclusionProof proof = queries.inclusionProof(index, size);
			inclusion[i] = System.nanoTime() - a;
			byte[] leafHash = jdbc.sql("select leaf_hash from ledger_entry where leaf_index = ?").param(index).query((rs, r) -> rs.getBytes(1)).single();
			assertThat(verifier.verifyInclusion(index, size, leafHash, proof.auditPath(), root)).isTrue();
			long b = System.nanoTime();
			queries.inclusionProof(leafHash, size);
			byHash[i] = System.nanoTime() - b;
		}
		long[] consistency = new long[samples];
		for (int i = 0; i < samples; i++) {
			long first = 1 + random.nextLong(size);
			long a = System.nanoTime();
			queries.consistencyProof(first, size);
			consistency[i] = System.nanoTime() - a;
		}
		report.add("inclusion proof by index at " + String.format("%,d", size) + ": " + percentiles(inclusion));
		report.add("inclusion proof by leaf hash (proof-by-hash) at " + String.format("%,d", size) + ": " + percentiles(byHash));
		report.add("consistency proof at " + String.format("%,d", size) + ": " + percentiles(consistency));

		LedgerChecks.Result check = checks.run();
		assertThat(check.ok()).isTrue();
		report.add(String.format("self-check of %,d entries: %.1f s (%.0f entries/s)", check.entriesChecked(), check.took().toMillis() / 1000.0,
				check.entriesChecked() / (check.took().toMillis() / 1000.0)));

		report.forEach(line -> System.out.println("ledger bench: " + line));
		Files.write(Path.of("target/ledger-bench.txt"), report);
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
	}

}
