package org.weijian.inspection.draw;

import java.util.List;

/**
 * The verifier's answer: every difference between a draw record and its recomputation, each naming the
 * JSON path, e.g. {@code tasks[12].draws[0].chosen: expected ["7", "31"] found ["7", "30"]}. OK when there
 * are none.
 */
public record VerificationReport(String drawId, int strata, int tasks, List<Difference> differences) {

	public VerificationReport {
		differences = List.copyOf(differences);
	}

	public boolean ok() {
		return differences.isEmpty();
	}

	/** One difference: where, and what was expected and found. */
	public record Difference(String path, String message) {

		@Override
		public String toString() {
			return path + ": " + message;
		}

	}

}
