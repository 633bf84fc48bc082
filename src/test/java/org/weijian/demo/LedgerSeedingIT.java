package org.weijian.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.TreeHeadView;
import org.weijian.support.DemoContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo starts with a ledger that already holds the demo's acts — every licence issued, the
 * registration steps, the demo accounts — under a signed tree head, and an outside verifier accepts it.
 */
@DemoContext
class LedgerSeedingIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Test
	void theDemoLogHoldsTheDemosActsUnderASignedHead() throws Exception {
		long licences = jdbc.sql("select count(*) from licence").query(Long.class).single();
		assertThat(licences).isPositive();
		assertThat(count("licence.issued")).isEqualTo(licences);
		assertThat(count("registration.filed")).isPositive();
		assertThat(count("registration.approved")).isPositive();
		assertThat(count("registration.returned")).isPositive();
		assertThat(count("licence.status-changed") + count("licence.expired")).isPositive();
		assertThat(count("account.created")).isGreaterThanOrEqualTo(DemoUsers.USERS.size());
		assertThat(jdbc.sql("select count(*) from demo_load where step = 'ledger-head'").query(Long.class).single()).isEqualTo(1);

		TreeHeadView head = ledger.latestHead();
		long loaded = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
		assertThat(head.treeSize()).isPositive().isLessThanOrEqualTo(loaded);
		// the head signed by the demo step covers every demo licence's issue entry
		long lastIssue = jdbc.sql("select max(leaf_index) from ledger_entry where entry_type = 'licence.issued'").query(Long.class).single();
		assertThat(head.treeSize()).isGreaterThan(lastIssue);

		assumeTrue(new ProcessBuilder("node", "--version").start().waitFor() == 0, "node is not on PATH");
		byte[] hash = jdbc.sql("select leaf_hash from ledger_entry where entry_type = 'licence.issued' order by leaf_index limit 1")
			.query(byte[].class)
			.single();
		Process node = new ProcessBuilder("node", "tools/ledger-verify/verify.mjs", "--url", "http://localhost:" + port, "--state",
				"target/demo-ledger-heads.json", "--hash", Base64.getEncoder().encodeToString(hash))
			.redirectErrorStream(true)
			.start();
		String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(node.exitValue()).as(out).isZero();
		assertThat(out).contains("VERIFIED");
	}

	private long count(String type) {
		return jdbc.sql("select count(*) from ledger_entry where entry_type = ?").param(type).query(Long.class).single();
	}

}
