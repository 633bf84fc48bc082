package org.weijian.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the independent Node.js verifier's self-test (tools/ledger-verify/selftest.mjs): the
 * transparency-dev/merkle known values and proofs from the recursive RFC 6962 definitions.
 */
class NodeVerifierSelfTest {

	@Test
	void theNodeVerifierPassesItsSelfTest() throws Exception {
		Process version;
		try {
			version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
		}
		catch (java.io.IOException e) {
			version = null;
		}
		assumeTrue(version != null && version.waitFor() == 0, "node is not on PATH");
		Process p = new ProcessBuilder("node", "tools/ledger-verify/selftest.mjs").redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(out).isZero();
		assertThat(out).contains("selftest: all RFC 6962 vectors");
	}

}
