package org.weijian.monitoring.lead;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The finding behind a lead as the engine stored it; the insured person's number (参保人编号) only masked.
 * Hits carry the visit (and line), warnings the period, value and threshold.
 */
public record FindingView(@Nullable String mdtrtId, @Nullable String feedetlSn, @Nullable String psnNoMasked, @Nullable BigDecimal amount,
		@Nullable String period, @Nullable String hilistCode, @Nullable BigDecimal value, @Nullable BigDecimal threshold,
		String datasetName, String runPurpose) {
}
