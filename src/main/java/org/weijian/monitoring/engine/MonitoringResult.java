package org.weijian.monitoring.engine;

import java.util.List;
import java.util.Map;

/** The outcome of one run: hits and warnings sorted by all columns, and the row count per rule code. */
public record MonitoringResult(String ruleBaseVersion, List<ClaimHit> hits, List<InstitutionWarning> warnings,
		Map<String, Integer> countsByRule) {
}
