package org.weijian.monitoring.engine;

/** One parameter of a rule base: its rule, name, value and legal basis (法律依据). */
public record RuleParameter(String ruleCode, String parameter, String value, String legalBasis) {
}
