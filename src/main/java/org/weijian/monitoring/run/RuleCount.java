package org.weijian.monitoring.run;

/** How many findings one rule produced in a run. */
public record RuleCount(String ruleCode, int count) {
}
