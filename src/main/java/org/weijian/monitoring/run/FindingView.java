package org.weijian.monitoring.run;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A stored finding of a run as users see it: a hit (visit or line; {@code psnNoMasked} only, never the clear
 * 参保人编号) or an institution warning (period, drug for DRUG_SURGE, value and threshold).
 */
public record FindingView(long id, long runId, String ruleCode, String level, String fixmedinsCode, @Nullable String mdtrtId,
		@Nullable String feedetlSn, @Nullable String psnNoMasked, @Nullable BigDecimal amount, @Nullable String period,
		@Nullable String hilistCode, @Nullable BigDecimal value, @Nullable BigDecimal threshold) {
}
