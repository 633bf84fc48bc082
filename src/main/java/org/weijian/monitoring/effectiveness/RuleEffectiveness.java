package org.weijian.monitoring.effectiveness;

import java.math.BigDecimal;

/**
 * One rule's figures: leads raised, how many were confirmed, dismissed, rejected on appeal or are still
 * open, the amount involved in the confirmed leads and the amount recovered from them (yuan, exact).
 */
public record RuleEffectiveness(String ruleCode, long leads, long confirmed, long dismissed, long rejectedOnAppeal, long open,
		BigDecimal amountInvolved, BigDecimal amountRecovered) {
}
