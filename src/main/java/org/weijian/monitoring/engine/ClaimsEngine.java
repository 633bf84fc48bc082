package org.weijian.monitoring.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The claims rule engine (规则引擎): loads the extract files as text into an in-process database, exposes them as typed
 * views named after the extract tables (exact {@code DECIMAL(18,4)} amounts, dates), and runs every rule of a
 * {@link RuleBase}.
 */
public final class ClaimsEngine {

	static final List<String> VISIT_COLUMNS = List.of("mdtrt_id", "psn_no", "gend", "brdy", "fixmedins_code", "med_type",
			"begntime", "endtime", "dscg_maindiag_code", "medfee_sumamt");

	static final List<String> FEE_COLUMNS = List.of("feedetl_sn", "mdtrt_id", "fee_ocur_time", "hilist_code", "hilist_name",
			"list_type", "cnt", "pric", "det_item_fee_sumamt", "bilg_dr_code");

	static final List<String> KB_COLUMNS = List.of("hilist_code", "gend_lmt", "age_min", "age_max", "dx_lmt", "pric_uplmt",
			"cnt_day_max", "incl_by", "item_class", "atc", "ddd_per_unit");

	static final List<String> PEER_COLUMNS = List.of("fixmedins_code", "peer_group");

	private static final String DEC = "DECIMAL(18, 4)";

	private final RuleBase ruleBase;

	private final SqlDialect dialect = new DuckDbDialect();

	public ClaimsEngine(RuleBase ruleBase) {
		this.ruleBase = ruleBase;
	}

	/** Runs every rule, refusing input with bad rows; see {@link #run(ClaimsDataset, boolean, BiConsumer)}. */
	public MonitoringResult run(ClaimsDataset dataset, BiConsumer<String, Integer> progress) {
		return run(dataset, false, progress);
	}

	/**
	 * Runs every rule; {@code progress} receives each rule code and its row count as the rule finishes. With
	 * {@code skipBadRows} rows with problems are left out and listed in {@link MonitoringResult#skipped()} instead of
	 * refusing the run.
	 */
	public MonitoringResult run(ClaimsDataset dataset, boolean skipBadRows, BiConsumer<String, Integer> progress) {
		try (Connection db = DriverManager.getConnection(dialect.jdbcUrl()); Statement st = db.createStatement()) {
			load(st, dataset);
			List<ClaimHit> hits = new ArrayList<>();
			List<InstitutionWarning> warnings = new ArrayList<>();
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (ClaimRule rule : ClaimRules.all(dialect)) {
				int before = hits.size() + warnings.size();
				try (ResultSet rs = st.executeQuery(ruleBase.bind(rule.sql()))) {
					while (rs.next()) {
						if (rule.level() == ClaimRule.Level.WARNING) {
							warnings.add(new InstitutionWarning(rule.code(), rs.getString(1), period(rs.getLong(2)),
									text(rs.getString(3)), Decimals.of(rs.getObject(4)), Decimals.of(rs.getObject(5))));
						}
						else {
							hits.add(new ClaimHit(rule.code(), rs.getString(1), text(rs.getString(2)), rs.getString(3),
									rs.getString(4), Decimals.of(rs.getObject(5))));
						}
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException("rule " + rule.code() + " failed: " + ex.getMessage(), ex);
				}
				int count = hits.size() + warnings.size() - before;
				counts.put(rule.code(), count);
				progress.accept(rule.code(), count);
			}
			hits.sort(Comparator.comparing(ClaimHit::csv));
			warnings.sort(Comparator.comparing(InstitutionWarning::csv));
			return new MonitoringResult(ruleBase.version(), List.copyOf(hits), List.copyOf(warnings), counts, List.of());
		}
		catch (SQLException ex) {
			throw new ClaimsInputException("cannot load the extract: " + ex.getMessage(), ex);
		}
	}

	private void load(Statement st, ClaimsDataset dataset) throws SQLException {
		loadText(st, "raw_mdtrt_d", dataset.visits(), VISIT_COLUMNS);
		loadText(st, "raw_fee_list_d", dataset.fees(), FEE_COLUMNS);
		loadText(st, "raw_hilist_kb", dataset.knowledgeBase(), KB_COLUMNS);
		if (dataset.peers() != null) {
			loadText(st, "raw_peers", dataset.peers(), PEER_COLUMNS);
		}
		else {
			st.execute("CREATE TABLE raw_peers (fixmedins_code VARCHAR, peer_group VARCHAR)");
		}
		List<String> problems = new ExtractValidator(st, dialect).validate(Map.of("raw_mdtrt_d", dataset.visits(),
				"raw_fee_list_d", dataset.fees(), "raw_hilist_kb", dataset.knowledgeBase()));
		if (!problems.isEmpty()) {
			throw new ClaimsInputException("the extract has " + problems.size() + " problem(s), run refused:"
					+ System.lineSeparator() + String.join(System.lineSeparator(), problems), problems);
		}
		st.execute("CREATE VIEW mdtrt_d AS SELECT mdtrt_id, psn_no, TRIM(gend) AS gend, CAST(brdy AS DATE) AS brdy, fixmedins_code,"
				+ " med_type, SUBSTRING(med_type, 1, 1) AS med_class, CAST(begntime AS TIMESTAMP) AS begntime, CAST(endtime AS TIMESTAMP) AS endtime,"
				+ " CAST(CAST(begntime AS TIMESTAMP) AS DATE) AS begn_date, CAST(CAST(endtime AS TIMESTAMP) AS DATE) AS end_date,"
				+ " dscg_maindiag_code, CAST(medfee_sumamt AS " + DEC + ") AS medfee_sumamt FROM raw_mdtrt_d");
		st.execute("CREATE VIEW fee_list_d AS SELECT feedetl_sn, mdtrt_id, CAST(fee_ocur_time AS TIMESTAMP) AS fee_ocur_time,"
				+ " CAST(CAST(fee_ocur_time AS TIMESTAMP) AS DATE) AS fee_date, hilist_code, hilist_name, list_type,"
				+ " CAST(cnt AS " + DEC + ") AS cnt, CAST(pric AS " + DEC + ") AS pric, CAST(det_item_fee_sumamt AS " + DEC
				+ ") AS det_item_fee_sumamt, bilg_dr_code FROM raw_fee_list_d");
		st.execute("CREATE VIEW hilist_kb AS SELECT hilist_code, gend_lmt, CAST(age_min AS INTEGER) AS age_min,"
				+ " CAST(age_max AS INTEGER) AS age_max, dx_lmt, CAST(pric_uplmt AS " + DEC + ") AS pric_uplmt,"
				+ " CAST(cnt_day_max AS " + DEC + ") AS cnt_day_max, incl_by, item_class, atc, CAST(ddd_per_unit AS " + DEC
				+ ") AS ddd_per_unit FROM raw_hilist_kb");
		st.execute("CREATE VIEW peers AS SELECT fixmedins_code, peer_group FROM raw_peers");
		st.execute("CREATE VIEW line_ctx AS SELECT f.*, v.psn_no, v.gend, v.brdy, v.fixmedins_code, v.med_type, v.med_class,"
				+ " v.dscg_maindiag_code, UPPER(REPLACE(v.dscg_maindiag_code, '.', '')) AS diag_norm,"
				+ " k.gend_lmt, k.age_min, k.age_max, k.dx_lmt, k.pric_uplmt, k.cnt_day_max, k.incl_by, k.item_class, k.atc, k.ddd_per_unit"
				+ " FROM fee_list_d f JOIN mdtrt_d v ON v.mdtrt_id = f.mdtrt_id LEFT JOIN hilist_kb k ON k.hilist_code = f.hilist_code");
		st.execute(dialect.createSplitList("kb_dx", "hilist_kb", "dx_lmt"));
		st.execute(dialect.createSplitList("kb_incl", "hilist_kb", "incl_by"));
		LocalDate first = null;
		LocalDate last = null;
		try (ResultSet rs = st.executeQuery("SELECT MIN(begn_date), MAX(end_date), MIN(fee_date), MAX(fee_date)"
				+ " FROM mdtrt_d CROSS JOIN (SELECT MIN(fee_date) AS fee_date FROM fee_list_d UNION ALL SELECT MAX(fee_date) FROM fee_list_d) f")) {
			if (rs.next() && rs.getObject(1) != null) {
				first = min(rs.getObject(1, LocalDate.class), rs.getObject(3, LocalDate.class));
				last = max(rs.getObject(2, LocalDate.class), rs.getObject(4, LocalDate.class));
			}
		}
		if (first == null || last == null) {
			st.execute("CREATE TABLE calendar (d DATE)");
		}
		else {
			st.execute(dialect.createCalendar("calendar", first, last));
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return b == null || a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return b == null || a.isAfter(b) ? a : b;
	}

	private void loadText(Statement st, String table, Path file, List<String> required) throws SQLException {
		String header;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			header = reader.readLine();
			for (String line = header; line != null; line = reader.readLine()) {
				// a full decode: Files.newBufferedReader reports malformed UTF-8 (e.g. a GBK export)
			}
		}
		catch (MalformedInputException ex) {
			throw new ClaimsInputException(file + ": not UTF-8 (a GBK export?); convert the file to UTF-8", ex);
		}
		catch (IOException ex) {
			throw new ClaimsInputException(file + ": cannot read (" + ex.getMessage() + ")", ex);
		}
		if (header == null) {
			throw new ClaimsInputException(file + " line 1: no header row");
		}
		if (header.startsWith("\uFEFF")) {
			header = header.substring(1);
		}
		char delimiter = header.indexOf(',') < 0 && header.indexOf('|') >= 0 ? '|' : ',';
		List<String> columns = Arrays.stream(header.split(delimiter == '|' ? "\\|" : ",", -1))
				.map(c -> c.trim().replace("\"", "").toLowerCase())
				.toList();
		for (int i = 0; i < columns.size(); i++) {
			if (!columns.get(i).matches("[a-z][a-z0-9_]*") || columns.indexOf(columns.get(i)) != i) {
				throw new ClaimsInputException(file + " line 1 column " + (i + 1) + ": bad or repeated column name '" + columns.get(i) + "'");
			}
		}
		for (String column : required) {
			if (!columns.contains(column)) {
				throw new ClaimsInputException(file + " line 1: missing column " + column);
			}
		}
		st.execute(dialect.createTextTableFromCsv(table, file, delimiter, columns));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String period(long monthKey) {
		return YearMonth.of((int) (monthKey / 12), (int) (monthKey % 12) + 1).toString();
	}

}
