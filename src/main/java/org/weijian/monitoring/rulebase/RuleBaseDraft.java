package org.weijian.monitoring.rulebase;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A new rule-base version to derive from {@code basedOn}: every parameter's value keyed {@code RULE_CODE.parameter}
 * (all of them, changed or not) and a note saying why.
 */
public record RuleBaseDraft(@Nullable String basedOn, @Nullable Map<String, String> values, @Nullable String note) {
}
