package org.weijian.monitoring.effectiveness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The effectiveness table for a year and rule-base version (null: all) in the caller's region, with the
 * totals, and the bar lengths the page's charts draw (out of {@value #BAR} units).
 */
public record EffectivenessReport(@Nullable Integer year, @Nullable String ruleBaseVersion, List<RuleEffectiveness> rows,
		RuleEffectiveness total, List<Integer> years, List<String> versions) {

	public static final int BAR = 400;

	public int leadsBar(long value) {
		long max = rows.stream().mapToLong(RuleEffectiveness::leads).max().orElse(0);
		return max == 0 ? 0 : (int) (value * BAR / max);
	}

	public int recoveredBar(BigDecimal value) {
		BigDecimal max = rows.stream().map(RuleEffectiveness::amountRecovered).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		return max.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(BAR)).divide(max, 0, RoundingMode.DOWN).intValue();
	}

	/** The height of a chart with one band per rule. */
	public int chartHeight() {
		return rows.size() * 28 + 10;
	}

}
