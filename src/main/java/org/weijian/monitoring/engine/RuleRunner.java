package org.weijian.monitoring.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The second half of a run, the same for either load: the line context built once over the loaded tables
 * ({@code line_visit}, {@code line_kb}, {@code line_ctx}, the split lists and the calendar), then every rule of the rule
 * base, with the hits and warnings sorted by their CSV rows.
 */
final class RuleRunner {

	private final RuleBase ruleBase;

	private final SqlDialect dialect;

	RuleRunner(RuleBase ruleBase, SqlDialect dialect) {
		this.ruleBase = ruleBase;
		this.dialect = dialect;
	}

	MonitoringResult run(Statement st, BiConsumer<String, Integer> progress, Consumer<String> phases, List<SkippedRow> skipped)
			throws SQLException {
		phases.accept("building the line context (fee lines with visit and knowledge base)");
		buildContext(st);
		phases.accept("running " + ClaimRules.all(dialect).size() + " rules");
		return runRules(st, progress, skipped);
	}

	private MonitoringResult runRules(Statement st, BiConsumer<String, Integer> progress, List<SkippedRow> skipped) {
		List<ClaimHit> hits = new ArrayList<>();
		List<InstitutionWarning> warnings = new ArrayList<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ClaimRule rule : ClaimRules.all(dialect)) {
			int before = hits.size() + warnings.size();
			try (ResultSet rs = st.executeQuery(ruleBase.bind(rule.sql()))) {
				while (rs.next()) {
					if (rule.level() == ClaimRule.Level.WARNING) {
						warnings.add(new InstitutionWarning(rule.code(), rs.getString(1), period(rs.getLong(2)),
								orEmpty(rs.getString(3)), Decimals.of(rs.getObject(4)), Decimals.of(rs.getObject(5))));
					}
					else {
						hits.add(new ClaimHit(rule.code(), rs.getString(1), orEmpty(rs.getString(2)), rs.getString(3),
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
		return new MonitoringResult(ruleBase.version(), sortedByCsv(hits, ClaimHit::csv), sortedByCsv(warnings, InstitutionWarning::csv),
				counts, skipped);
	}

	/** Sorted by the CSV row, each row formatted once. */
	private static <T> List<T> sortedByCsv(List<T> rows, Function<T, String> csv) {
		return rows.stream()
			.map(r -> Map.entry(csv.apply(r), r))
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.toList();
	}

	private void buildContext(Statement st) throws SQLException {
		String fee = "f.feedetl_sn, f.mdtrt_id, f.fee_ocur_time, f.fee_date, f.hilist_code, f.list_type, f.cnt, f.pric, f.det_item_fee_sumamt";
		String visit = "v.psn_no, v.gend, v.brdy, v.fixmedins_code, v.med_class, v.diag_norm";
		String item = "k.gend_lmt, k.age_min, k.age_max, k.dx_lmt, k.pric_uplmt, k.cnt_day_max, k.incl_by, k.item_class, k.atc, k.ddd_per_unit";
		// three joins of the fee lines, so that a rule joins only what it reads
		st.execute("CREATE VIEW line_visit AS SELECT " + fee + ", " + visit + " FROM fee_list_d f JOIN mdtrt_d v ON v.mdtrt_id = f.mdtrt_id");
		st.execute("CREATE VIEW line_kb AS SELECT " + fee + ", " + item + " FROM fee_list_d f LEFT JOIN hilist_kb k ON k.hilist_code = f.hilist_code");
		st.execute("CREATE VIEW line_ctx AS SELECT " + fee + ", " + visit + ", " + item + " FROM fee_list_d f JOIN mdtrt_d v"
				+ " ON v.mdtrt_id = f.mdtrt_id LEFT JOIN hilist_kb k ON k.hilist_code = f.hilist_code");
		st.execute(dialect.createSplitList("kb_dx", "hilist_kb", "dx_lmt"));
		st.execute(dialect.createSplitList("kb_incl", "hilist_kb", "incl_by"));
		LocalDate first = null;
		LocalDate last = null;
		try (ResultSet rs = st.executeQuery("SELECT MIN(begn_date), MAX(end_date) FROM mdtrt_d")) {
			rs.next();
			first = rs.getObject(1, LocalDate.class);
			last = rs.getObject(2, LocalDate.class);
		}
		try (ResultSet rs = st.executeQuery("SELECT MIN(fee_date), MAX(fee_date) FROM fee_list_d")) {
			rs.next();
			first = earlier(first, rs.getObject(1, LocalDate.class));
			last = later(last, rs.getObject(2, LocalDate.class));
		}
		if (first == null || last == null) {
			st.execute("CREATE TABLE calendar (d DATE)");
		}
		else {
			st.execute(dialect.createCalendar("calendar", first, last));
		}
	}

	private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
		return a == null || (b != null && b.isBefore(a)) ? b : a;
	}

	private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
		return a == null || (b != null && b.isAfter(a)) ? b : a;
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String period(long monthKey) {
		return YearMonth.of((int) (monthKey / 12), (int) (monthKey % 12) + 1).toString();
	}

}
