package org.weijian.monitoring.engine;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one run: hits and warnings sorted by all columns, the row count per rule code, and the rows skipped
 * at the user's request (empty unless the run was asked to skip bad rows).
 */
public record MonitoringResult(String ruleBaseVersion, List<ClaimHit> hits, List<InstitutionWarning> warnings,
		Map<String, Integer> countsByRule, List<SkippedRow> skipped) {
}
