package org.weijian.monitoring.engine;

import java.util.List;

import org.weijian.monitoring.engine.ClaimRule.Level;

/**
 * The 15 rules of the rule base (规则库) as plain SQL over the views {@code mdtrt_d}, {@code fee_list_d},
 * {@code hilist_kb}, {@code peers} and the helper views built from them by {@link ClaimsEngine}. Engine-specific
 * expressions come from the {@link SqlDialect}; thresholds are {@code ${RULE.parameter}} placeholders.
 */
final class ClaimRules {

	private static final String LINE_COLUMNS = "l.mdtrt_id, l.feedetl_sn, l.fixmedins_code, l.psn_no, l.det_item_fee_sumamt AS amount";

	private static final String VISIT_COLUMNS = "v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, v.fixmedins_code, v.psn_no, v.medfee_sumamt AS amount";

	/** The columns that make two lines of a visit the same charge (DUP_LINE). */
	private static final String[] DUP_KEY = { "mdtrt_id", "hilist_code", "fee_ocur_time", "cnt", "pric" };

	private ClaimRules() {
	}

	static String monthKey(String date) {
		return "(EXTRACT(YEAR FROM " + date + ") * 12 + EXTRACT(MONTH FROM " + date + ") - 1)";
	}

	static List<ClaimRule> all(SqlDialect dialect) {
		String age = "(EXTRACT(YEAR FROM l.fee_date) - EXTRACT(YEAR FROM l.brdy) - CASE WHEN EXTRACT(MONTH FROM l.fee_date) * 100 + EXTRACT(DAY FROM l.fee_date)"
				+ " < EXTRACT(MONTH FROM l.brdy) * 100 + EXTRACT(DAY FROM l.brdy) THEN 1 ELSE 0 END)";
		String stay = dialect.daysBetween("v.begn_date", "v.end_date");
		return List.of(
				new ClaimRule("GEND_LMT", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l"
						+ " WHERE l.gend_lmt IN ('1', '2') AND l.gend IN ('1', '2') AND l.gend <> l.gend_lmt"),
				new ClaimRule("AGE_LMT", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l WHERE l.brdy IS NOT NULL AND"
						+ " ((l.age_min IS NOT NULL AND " + age + " < l.age_min) OR (l.age_max IS NOT NULL AND " + age + " > l.age_max))"),
				new ClaimRule("DX_LMT", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l WHERE l.dx_lmt IS NOT NULL AND NOT EXISTS ("
						+ "SELECT 1 FROM kb_dx p WHERE p.hilist_code = l.hilist_code AND l.diag_norm IS NOT NULL"
						+ " AND SUBSTRING(l.diag_norm, 1, LENGTH(UPPER(REPLACE(p.part, '.', '')))) = UPPER(REPLACE(p.part, '.', '')))"),
				new ClaimRule("PRIC_UPLMT", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l WHERE l.pric > l.pric_uplmt"),
				new ClaimRule("CNT_DAY", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l JOIN ("
						+ "SELECT psn_no, hilist_code, fee_date FROM line_ctx WHERE cnt_day_max IS NOT NULL"
						+ " GROUP BY psn_no, hilist_code, fee_date HAVING SUM(cnt) > MAX(cnt_day_max)) g"
						+ " ON g.psn_no = l.psn_no AND g.hilist_code = l.hilist_code AND g.fee_date = l.fee_date"),
				new ClaimRule("DUP_LINE", Level.LINE, "WITH c AS (SELECT " + dialect.hash(DUP_KEY) + " AS h FROM fee_list_d GROUP BY "
						+ dialect.hash(DUP_KEY) + " HAVING COUNT(*) > 1)"
						+ " SELECT " + LINE_COLUMNS + " FROM (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY " + String.join(", ", DUP_KEY)
						+ " ORDER BY LENGTH(x.feedetl_sn), x.feedetl_sn) AS rn FROM line_ctx x WHERE " + dialect.hash(DUP_KEY)
						+ " IN (SELECT h FROM c)) l WHERE l.rn > 1"),
				new ClaimRule("INCL_ITEM", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l WHERE EXISTS ("
						+ "SELECT 1 FROM kb_incl i JOIN fee_list_d m ON m.hilist_code = i.part WHERE i.hilist_code = l.hilist_code"
						+ " AND m.mdtrt_id = l.mdtrt_id AND m.fee_date = l.fee_date AND m.feedetl_sn <> l.feedetl_sn)"),
				new ClaimRule("AMT_MISMATCH", Level.LINE, "SELECT " + LINE_COLUMNS + " FROM line_ctx l"
						+ " WHERE ABS(l.cnt * l.pric - l.det_item_fee_sumamt) > ${AMT_MISMATCH.tolerance_yuan}"),
				new ClaimRule("BED_DAYS", Level.VISIT, "SELECT " + VISIT_COLUMNS + " FROM mdtrt_d v JOIN ("
						+ "SELECT mdtrt_id, SUM(cnt) AS bed_days FROM line_ctx WHERE item_class = 'BED' GROUP BY mdtrt_id) b ON b.mdtrt_id = v.mdtrt_id"
						+ " WHERE v.med_class = '2' AND b.bed_days > CASE WHEN " + stay + " < 1 THEN 1 ELSE " + stay + " END"),
				new ClaimRule("SPLIT_ADM", Level.VISIT, "SELECT " + VISIT_COLUMNS + " FROM mdtrt_d v WHERE v.med_class = '2' AND EXISTS ("
						+ "SELECT 1 FROM mdtrt_d a WHERE a.med_class = '2' AND a.psn_no = v.psn_no AND a.fixmedins_code = v.fixmedins_code"
						+ " AND a.mdtrt_id <> v.mdtrt_id AND a.begntime < v.begntime"
						+ " AND " + dialect.daysBetween("a.end_date", "v.begn_date") + " BETWEEN 0 AND ${SPLIT_ADM.max_gap_days}"
						+ " AND LENGTH(a.dscg_maindiag_code) >= ${SPLIT_ADM.diag_prefix_chars}"
						+ " AND SUBSTRING(a.dscg_maindiag_code, 1, ${SPLIT_ADM.diag_prefix_chars}) = SUBSTRING(v.dscg_maindiag_code, 1, ${SPLIT_ADM.diag_prefix_chars}))"),
				new ClaimRule("BED_BLOCK", Level.VISIT, "WITH stays AS (SELECT v.mdtrt_id, v.begn_date, v.end_date FROM mdtrt_d v"
						+ " WHERE v.med_class = '2' AND " + stay + " >= ${BED_BLOCK.min_stay_days}),"
						+ " stay_days AS (SELECT s.mdtrt_id, c.d FROM stays s JOIN calendar c ON c.d >= s.begn_date AND c.d < s.end_date),"
						+ " busy AS (SELECT DISTINCT mdtrt_id, fee_date AS d FROM line_ctx WHERE item_class IS NULL OR item_class NOT IN ('BED', 'NURSING')),"
						+ " idle AS (SELECT t.mdtrt_id, " + dialect.daysBetween("DATE '1970-01-01'", "t.d")
						+ " - ROW_NUMBER() OVER (PARTITION BY t.mdtrt_id ORDER BY t.d) AS run FROM stay_days t"
						+ " WHERE NOT EXISTS (SELECT 1 FROM busy b WHERE b.mdtrt_id = t.mdtrt_id AND b.d = t.d)),"
						+ " blocked AS (SELECT mdtrt_id FROM idle GROUP BY mdtrt_id, run HAVING COUNT(*) >= ${BED_BLOCK.min_idle_days})"
						+ " SELECT " + VISIT_COLUMNS + " FROM mdtrt_d v WHERE v.mdtrt_id IN (SELECT mdtrt_id FROM blocked)"),
				new ClaimRule("FREQ_VISIT", Level.VISIT, "SELECT " + VISIT_COLUMNS + " FROM mdtrt_d v JOIN ("
						+ "SELECT psn_no, fixmedins_code, begn_date FROM mdtrt_d WHERE med_class = '1' GROUP BY psn_no, fixmedins_code, begn_date"
						+ " HAVING COUNT(*) >= ${FREQ_VISIT.min_visits_per_day}) g"
						+ " ON g.psn_no = v.psn_no AND g.fixmedins_code = v.fixmedins_code AND g.begn_date = v.begn_date WHERE v.med_class = '1'"),
				new ClaimRule("AUD", Level.WARNING, "WITH patient_days AS (SELECT v.fixmedins_code, " + monthKey("c.d") + " AS month_key, COUNT(*) AS n"
						+ " FROM mdtrt_d v JOIN calendar c ON (c.d >= v.begn_date AND c.d < v.end_date) OR (v.end_date <= v.begn_date AND c.d = v.begn_date)"
						+ " WHERE v.med_class = '2' GROUP BY v.fixmedins_code, " + monthKey("c.d") + "),"
						+ " ddd AS (SELECT fixmedins_code, " + monthKey("fee_date") + " AS month_key, SUM(cnt * ddd_per_unit) AS ddd FROM line_ctx"
						+ " WHERE med_class = '2' AND SUBSTRING(atc, 1, LENGTH(${AUD.atc_prefix})) = ${AUD.atc_prefix}"
						+ " GROUP BY fixmedins_code, " + monthKey("fee_date") + ")"
						+ " SELECT p.fixmedins_code, p.month_key, CAST(NULL AS VARCHAR) AS hilist_code,"
						+ " CAST(COALESCE(d.ddd, 0) * 100 AS DECIMAL(38, 8)) / p.n AS value, ${AUD.max_ddd_per_100_patient_days} AS threshold"
						+ " FROM patient_days p LEFT JOIN ddd d ON d.fixmedins_code = p.fixmedins_code AND d.month_key = p.month_key"
						+ " WHERE p.n > 0 AND COALESCE(d.ddd, 0) * 100 > ${AUD.max_ddd_per_100_patient_days} * p.n"),
				new ClaimRule("DRUG_SURGE", Level.WARNING, "WITH amounts AS (SELECT fixmedins_code, hilist_code, " + monthKey("fee_date")
						+ " AS month_key, SUM(det_item_fee_sumamt) AS amount FROM line_ctx WHERE list_type IN ('101', '102', '103')"
						+ " GROUP BY fixmedins_code, hilist_code, " + monthKey("fee_date") + "),"
						+ " first_month AS (SELECT MIN(" + monthKey("fee_date") + ") AS m FROM fee_list_d)"
						+ " SELECT c.fixmedins_code, c.month_key, c.hilist_code, c.amount AS value, ${DRUG_SURGE.growth_factor} * COALESCE(p.amount, 0) AS threshold"
						+ " FROM amounts c LEFT JOIN amounts p ON p.fixmedins_code = c.fixmedins_code AND p.hilist_code = c.hilist_code AND p.month_key = c.month_key - 1"
						+ " WHERE c.month_key > (SELECT m FROM first_month) AND c.amount > ${DRUG_SURGE.growth_factor} * COALESCE(p.amount, 0)"
						+ " AND c.amount >= ${DRUG_SURGE.min_amount_yuan}"),
				new ClaimRule("COST_OUTLIER", Level.WARNING, "WITH x AS (SELECT fixmedins_code, " + monthKey("end_date") + " AS month_key,"
						+ " SUM(medfee_sumamt) / COUNT(*) AS x FROM mdtrt_d WHERE med_class = '2' GROUP BY fixmedins_code, " + monthKey("end_date") + "),"
						+ " g AS (SELECT p.peer_group, x.fixmedins_code, x.month_key, x.x FROM x JOIN peers p ON p.fixmedins_code = x.fixmedins_code),"
						+ " med AS (SELECT peer_group, month_key, COUNT(*) AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x) AS m FROM g GROUP BY peer_group, month_key),"
						+ " mad AS (SELECT g.peer_group, g.month_key, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ABS(g.x - med.m)) AS mad"
						+ " FROM g JOIN med ON med.peer_group = g.peer_group AND med.month_key = g.month_key GROUP BY g.peer_group, g.month_key)"
						+ " SELECT g.fixmedins_code, g.month_key, CAST(NULL AS VARCHAR) AS hilist_code,"
						+ " ${COST_OUTLIER.z_constant} * (g.x - med.m) / mad.mad AS value, ${COST_OUTLIER.max_robust_z} AS threshold"
						+ " FROM g JOIN med ON med.peer_group = g.peer_group AND med.month_key = g.month_key"
						+ " JOIN mad ON mad.peer_group = g.peer_group AND mad.month_key = g.month_key"
						+ " WHERE med.n >= ${COST_OUTLIER.min_peers} AND mad.mad > 0"
						+ " AND ${COST_OUTLIER.z_constant} * (g.x - med.m) / mad.mad > ${COST_OUTLIER.max_robust_z}"));
	}

}
