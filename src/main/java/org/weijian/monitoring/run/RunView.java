package org.weijian.monitoring.run;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A monitoring run (运行): the dataset and rule-base version, purpose (a REPLAY names the run it is compared with),
 * status and progress ({@code rulesDone} of {@code rulesTotal}), the problems of a REFUSED run (file, line, column,
 * reason; for a FAILED run one message key), and the counts of a SUCCEEDED one.
 */
public record RunView(long id, long datasetId, String datasetName, String regionCode, String ruleBaseVersion, RunPurpose purpose,
		@Nullable Long comparedRunId, boolean skipBadRows, RunStatus status, int rulesDone, int rulesTotal, List<String> problems,
		@Nullable Integer hitCount, @Nullable Integer warningCount, @Nullable Integer skippedCount, Instant requestedAt,
		String requestedBy, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	/** 0–100, for the progress bar. */
	public int percent() {
		return status == RunStatus.SUCCEEDED ? 100 : rulesTotal == 0 ? 0 : Math.min(100, rulesDone * 100 / rulesTotal);
	}

}
