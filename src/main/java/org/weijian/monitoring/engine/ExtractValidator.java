package org.weijian.monitoring.engine;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the loaded text tables before any rule runs: bad dates and numbers, unknown codes, empty or duplicate ids and
 * fee lines whose visit is missing, each with file, line and column. {@code line} counts the header as line 1.
 */
final class ExtractValidator {

	private static final int MAX_PER_CHECK = 20;

	private final Statement st;

	private final SqlDialect dialect;

	private final List<String> problems = new ArrayList<>();

	ExtractValidator(Statement st, SqlDialect dialect) {
		this.st = st;
		this.dialect = dialect;
	}

	List<String> validate(Map<String, Path> files) throws SQLException {
		Path visits = files.get("raw_mdtrt_d");
		Path fees = files.get("raw_fee_list_d");
		Path kb = files.get("raw_hilist_kb");
		required(visits, "raw_mdtrt_d", "mdtrt_id");
		duplicates(visits, "raw_mdtrt_d", "mdtrt_id");
		typed(visits, "raw_mdtrt_d", "brdy", "DATE", "date");
		typed(visits, "raw_mdtrt_d", "begntime", "TIMESTAMP", "date/time");
		typed(visits, "raw_mdtrt_d", "endtime", "TIMESTAMP", "date/time");
		typed(visits, "raw_mdtrt_d", "medfee_sumamt", "DECIMAL(18, 4)", "number");
		required(fees, "raw_fee_list_d", "feedetl_sn");
		duplicates(fees, "raw_fee_list_d", "feedetl_sn");
		typed(fees, "raw_fee_list_d", "fee_ocur_time", "TIMESTAMP", "date/time");
		for (String column : List.of("cnt", "pric", "det_item_fee_sumamt")) {
			typed(fees, "raw_fee_list_d", column, "DECIMAL(18, 4)", "number");
		}
		code(fees, "raw_fee_list_d", "list_type", "'101', '102', '103', '201', '301'");
		report(fees, "mdtrt_id", "visit missing from " + visits.getFileName(), "SELECT t.csv_line, t.mdtrt_id FROM raw_fee_list_d t"
				+ " WHERE NOT EXISTS (SELECT 1 FROM raw_mdtrt_d v WHERE v.mdtrt_id = t.mdtrt_id)");
		required(kb, "raw_hilist_kb", "hilist_code");
		duplicates(kb, "raw_hilist_kb", "hilist_code");
		typed(kb, "raw_hilist_kb", "age_min", "INTEGER", "whole number");
		typed(kb, "raw_hilist_kb", "age_max", "INTEGER", "whole number");
		for (String column : List.of("pric_uplmt", "cnt_day_max", "ddd_per_unit")) {
			typed(kb, "raw_hilist_kb", column, "DECIMAL(18, 4)", "number");
		}
		code(kb, "raw_hilist_kb", "gend_lmt", "'1', '2'");
		code(kb, "raw_hilist_kb", "item_class", "'BED', 'NURSING', 'DRUG', 'EXAM', 'LAB', 'TREAT', 'MATERIAL', 'OTHER'");
		return List.copyOf(problems);
	}

	private void required(Path file, String table, String column) throws SQLException {
		report(file, column, "empty id", "SELECT csv_line, '' FROM " + table + " WHERE " + column + " IS NULL");
	}

	private void duplicates(Path file, String table, String column) throws SQLException {
		report(file, column, "duplicate id", "SELECT t.csv_line, t." + column + " FROM " + table + " t WHERE t.csv_line > (SELECT MIN(u.csv_line)"
				+ " FROM " + table + " u WHERE u." + column + " = t." + column + ")");
	}

	private void typed(Path file, String table, String column, String type, String what) throws SQLException {
		report(file, column, "bad " + what, "SELECT csv_line, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL AND "
				+ dialect.tryCast(column, type) + " IS NULL");
	}

	private void code(Path file, String table, String column, String allowed) throws SQLException {
		report(file, column, "unknown code", "SELECT csv_line, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL AND "
				+ column + " NOT IN (" + allowed + ")");
	}

	private void report(Path file, String column, String what, String sql) throws SQLException {
		try (ResultSet rs = st.executeQuery(sql + " ORDER BY 1 LIMIT " + MAX_PER_CHECK)) {
			while (rs.next()) {
				problems.add(file.getFileName() + " line " + rs.getLong(1) + " column " + column + ": " + what + " '"
						+ rs.getString(2) + "'");
			}
		}
	}

}
