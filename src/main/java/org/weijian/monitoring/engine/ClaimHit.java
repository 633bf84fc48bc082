package org.weijian.monitoring.engine;

import java.math.BigDecimal;

/** A line or visit hit; {@code feedetlSn} is empty for visit hits. */
public record ClaimHit(String ruleCode, String mdtrtId, String feedetlSn, String fixmedinsCode, String psnNo,
		BigDecimal amount) {

	public static final String HEADER = "rule_code,mdtrt_id,feedetl_sn,fixmedins_code,psn_no,amount";

	public String csv() {
		return String.join(",", ruleCode, mdtrtId, feedetlSn, fixmedinsCode, psnNo, Decimals.plain(amount, 2));
	}

}
