package org.weijian.monitoring.run;

/** Per rule: findings added, removed, changed and unchanged by a replay. */
public record DiffSummary(String ruleCode, long added, long removed, long changed, long unchanged) {
}
