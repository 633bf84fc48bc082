package org.weijian.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 违规确认 — a claims-monitoring lead (线索) was carried through 初审, 复审, 申诉 and 核查 and confirmed at 处理:
 * the institution breached the rule. Published by the monitoring module inside the transaction that
 * closes the lead, for credit (bad-practice points) and enforcement (cases); consume it with
 * {@code @ApplicationModuleListener}, which runs after the commit and is retried from the event
 * publication registry.
 *
 * @param leadId the lead's id in the monitoring module
 * @param ruleCode the rule that raised the lead, e.g. {@code SPLIT_ADM} (codes as in issue 5)
 * @param ruleBaseVersion the rule-base version whose run raised the lead (every version is in the ledger)
 * @param fixmedinsCode the institution's medical-insurance designated institution code (医保定点机构编码)
 * @param subjectId the registry subject the code was linked to when the institution was notified; null
 *        only if no link was recorded
 * @param regionCode the division of the dataset the lead came from
 * @param amountInvolved the amount the finding names: the line's or visit's fee in yuan for a hit, the
 *        warning's value for an institution warning
 * @param amountRecovered the amount recovered (追回) in yuan, exact, zero or more
 * @param measures the disposal measures' codes, e.g. {@code RECOVER}, {@code PENALTY}, {@code SUSPEND},
 *        {@code REFER}, {@code WARN}
 * @param decidedAt when the disposal was decided
 */
public record ClaimRuleBreached(long leadId, String ruleCode, String ruleBaseVersion, String fixmedinsCode, @Nullable Long subjectId,
		String regionCode, BigDecimal amountInvolved, BigDecimal amountRecovered, List<String> measures, Instant decidedAt) {

	public ClaimRuleBreached {
		measures = List.copyOf(measures);
	}

}
