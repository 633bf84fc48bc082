package org.weijian.monitoring.run;

/**
 * A monitoring run (purpose {@code MONITOR}, not a replay) finished and its findings are stored in
 * {@code monitoring_finding}; published synchronously inside the transaction that stored them, so that the leads
 * (线索) it raises commit or roll back together with the findings.
 */
public record MonitoringRunSucceeded(long runId, long datasetId, String regionCode, String ruleBaseVersion) {
}
