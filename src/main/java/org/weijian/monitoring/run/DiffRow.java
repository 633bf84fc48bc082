package org.weijian.monitoring.run;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One finding in the difference between a replay and its original run. Identity: rule, visit and fee line for hits;
 * rule, institution, month and drug for warnings. {@code before}/{@code after} values are those of the original and
 * the replay (null where the finding is absent); hits show the masked psn_no only.
 */
public record DiffRow(Change change, String ruleCode, String level, String fixmedinsCode, @Nullable String mdtrtId,
		@Nullable String feedetlSn, @Nullable String psnNoMasked, @Nullable BigDecimal amount, @Nullable String period,
		@Nullable String hilistCode, @Nullable BigDecimal valueBefore, @Nullable BigDecimal thresholdBefore,
		@Nullable BigDecimal valueAfter, @Nullable BigDecimal thresholdAfter) {
}
