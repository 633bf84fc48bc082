package org.weijian.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;
import org.weijian.ledger.LedgerReceipt;

/**
 * Both verifiers — the independent Node.js one (tools/ledger-verify/verify.mjs) and the
 * {@code verify-ledger} command — against a running server: a signed log verifies, a grown log is
 * consistent with the head seen before, and a leaf input changed in the database is reported with its
 * entry's index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerVerifiersIT {

	@LocalServerPort
	int port;

	@Autowired
	Ledger ledger;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void bothVerifiersAcceptAnIntactLogAndNameAChangedEntry() throws Exception {
		String url = "http://localhost:" + port;
		Path nodeState = temp.resolve("node-heads.json");
		Path javaState = temp.resolve("java-heads.json");

		List<LedgerReceipt> first = appendAndSign(5);
		String hash = first.get(2).leafHashBase64();

		Result node = node(url, nodeState, hash);
		assertThat(node.code()).as(node.output()).isZero();
		assertThat(node.output()).contains("OK   signed tree head", "OK   root: recomputed", "OK   inclusion of " + hash,
				"VERIFIED");
		Result java = java(url, javaState, hash);
		assertThat(java.code()).as(java.output()).isZero();
		assertThat(java.output()).contains("OK   signed tree head", "OK   root: recomputed", "OK   inclusion of " + hash,
				"VERIFIED");

		// the log grows; both verifiers check the new head against the one they kept
		List<LedgerReceipt> second = appendAndSign(3);
		node = node(url, nodeState, second.get(1).leafHashBase64());
		assertThat(node.code()).as(node.output()).isZero();
		assertThat(node.output()).containsPattern("OK   consistency: head of size \\d+ is a prefix of head of size \\d+");
		java = java(url, javaState, second.get(1).leafHashBase64());
		assertThat(java.code()).as(java.output()).isZero();
		assertThat(java.output()).containsPattern("OK   consistency: head of size \\d+ is a prefix of head of size \\d+");

		// a stored public entry changed behind the log's back
		long index = first.get(1).leafIndex();
		byte[] original = jdbc.sql("select leaf_input from ledger_entry where leaf_index = ?").param(index).query(byte[].class).single();
		byte[] forged = new String(original, StandardCharsets.UTF_8).replace("\"seq\":1", "\"seq\":7").getBytes(StandardCharsets.UTF_8);
		assertThat(forged).isNotEqualTo(original);
		try {
			jdbc.sql("update ledger_entry set leaf_input = ? where leaf_index = ?").params(forged, index).update();
			node = node(url, nodeState, hash);
			assertThat(node.code()).as(node.output()).isEqualTo(1);
			assertThat(node.output()).contains("FAIL entry " + index + " (leaf_hash " + first.get(1).leafHashBase64() + ")",
					"NOT VERIFIED");
			java = java(url, javaState, hash);
			assertThat(java.code()).as(java.output()).isEqualTo(1);
			assertThat(java.output()).contains("FAIL entry " + index + " (leaf_hash " + first.get(1).leafHashBase64() + ")",
					"NOT VERIFIED");
		}
		finally {
			jdbc.sql("update ledger_entry set leaf_input = ? where leaf_index = ?").params(original, index).update();
		}
		assertThat(node(url, nodeState, hash).code()).isZero();
	}

	@Test
	void theCommandRefusesBadUsageAndUnknownHashes() throws Exception {
		appendAndSign(1);
		assertThat(LedgerVerifierCommand.run(new String[] { "verify-ledger" }, new PrintStream(new ByteArrayOutputStream())))
			.isEqualTo(2);
		assertThat(LedgerVerifierCommand.run(new String[] { "verify-ledger", "--url" }, new PrintStream(new ByteArrayOutputStream())))
			.isEqualTo(2);
		String unknown = java.util.Base64.getEncoder().encodeToString(new byte[32]);
		Result java = java("http://localhost:" + port, temp.resolve("unknown.json"), unknown);
		assertThat(java.code()).isEqualTo(1);
		assertThat(java.output()).contains("FAIL inclusion of " + unknown);
		assertThat(temp.resolve("unknown.json")).doesNotExist();
		Result bad = java("http://localhost:" + port, temp.resolve("bad.json"), "not-base64!");
		assertThat(bad.code()).isEqualTo(1);
		assertThat(bad.output()).contains("FAIL inclusion of not-base64!: not a base64 leaf hash");
	}

	private List<LedgerReceipt> appendAndSign(int count) {
		String run = UUID.randomUUID().toString();
		List<LedgerAct> acts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			acts.add(new LedgerAct("test.verifier", "verifier-it", null, "test", run + "-" + i,
					Map.of("run", run, "seq", i), true));
		}
		List<LedgerReceipt> receipts = tx.execute(s -> ledger.appendAll(acts));
		ledger.signTreeHead();
		return receipts;
	}

	record Result(int code, String output) {
	}

	private static Result node(String url, Path state, String hash) throws IOException, InterruptedException {
		assumeTrue(onPath("node"), "node is not on PATH");
		Process p = new ProcessBuilder("node", "tools/ledger-verify/verify.mjs", "--url", url, "--state", state.toString(),
				"--hash", hash)
			.redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(p.exitValue(), out);
	}

	private static Result java(String url, Path state, String hash) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = LedgerVerifierCommand.run(
				new String[] { "verify-ledger", "--url", url, "--state", state.toString(), "--hash", hash },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(code, bytes.toString(StandardCharsets.UTF_8));
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

}
