package org.weijian.monitoring.engine;

import java.math.BigDecimal;

/** An institution warning for a month ({@code period} = {@code YYYY-MM}); {@code hilistCode} only for DRUG_SURGE. */
public record InstitutionWarning(String ruleCode, String fixmedinsCode, String period, String hilistCode,
		BigDecimal value, BigDecimal threshold) {

	public static final String HEADER = "rule_code,fixmedins_code,period,hilist_code,value,threshold";

	public String csv() {
		int scale = ruleCode.equals("DRUG_SURGE") ? 2 : 4;
		return String.join(",", ruleCode, fixmedinsCode, period, hilistCode, Decimals.plain(value, scale),
				threshold.signum() == 0 ? "0" : Decimals.plain(threshold, scale == 2 ? 2 : 0));
	}

}
