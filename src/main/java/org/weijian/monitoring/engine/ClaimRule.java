package org.weijian.monitoring.engine;

/**
 * One rule of the rule base: its contract code, its level and its SQL. Hit rules select
 * {@code mdtrt_id, feedetl_sn, fixmedins_code, psn_no, amount}; warning rules select
 * {@code fixmedins_code, month_key, hilist_code, value, threshold} ({@code month_key} = year × 12 + month − 1).
 */
record ClaimRule(String code, Level level, String sql) {

	enum Level {
		LINE, VISIT, WARNING
	}

}
