package org.weijian.monitoring.run;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.monitoring.engine.ClaimHit;
import org.weijian.monitoring.engine.InstitutionWarning;
import org.weijian.monitoring.engine.SkippedRow;
import org.weijian.shared.IdNumber;
import org.weijian.shared.crypto.PersonalDataCipher;

/**
 * A run's findings ({@code monitoring_finding}: psn_no encrypted, with blind index and masked copy), counts per rule and
 * skipped rows: written in batches inside the run's result transaction, read page by page or streamed for downloads.
 */
@Repository
class FindingStore {

	private static final int BATCH = 1000;

	private static final String FINDING_COLUMNS = """
			id, run_id, rule_code, level, fixmedins_code, mdtrt_id, feedetl_sn, psn_no_masked, amount, period, hilist_code, value,
			threshold""";

	private final JdbcClient jdbc;

	private final JdbcTemplate cursor;

	private final PersonalDataCipher cipher;

	FindingStore(JdbcClient jdbc, DataSource dataSource, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(2_000);
		this.cipher = cipher;
	}

	void insertHits(long runId, List<ClaimHit> hits) {
		List<Object[]> batch = new ArrayList<>(Math.min(BATCH, hits.size()));
		for (ClaimHit h : hits) {
			batch.add(new Object[] { runId, h.ruleCode(), h.fixmedinsCode(), h.mdtrtId(), blankToNull(h.feedetlSn()),
					cipher.encrypt(h.psnNo()), cipher.blindIndex(h.psnNo()), IdNumber.mask(h.psnNo()), h.amount() });
			if (batch.size() == BATCH) {
				flushHits(batch);
			}
		}
		flushHits(batch);
	}

	private void flushHits(List<Object[]> batch) {
		if (!batch.isEmpty()) {
			cursor.batchUpdate("""
					INSERT INTO monitoring_finding (run_id, rule_code, level, fixmedins_code, mdtrt_id, feedetl_sn, psn_no_cipher, psn_no_index,
					  psn_no_masked, amount) VALUES (?, ?, 'HIT', ?, ?, ?, ?, ?, ?, ?)""", batch);
			batch.clear();
		}
	}

	void insertWarnings(long runId, List<InstitutionWarning> warnings) {
		List<Object[]> batch = new ArrayList<>();
		for (InstitutionWarning w : warnings) {
			batch.add(new Object[] { runId, w.ruleCode(), w.fixmedinsCode(), w.period(), blankToNull(w.hilistCode()), w.value(),
					w.threshold() });
		}
		if (!batch.isEmpty()) {
			cursor.batchUpdate("""
					INSERT INTO monitoring_finding (run_id, rule_code, level, fixmedins_code, period, hilist_code, value, threshold)
					VALUES (?, ?, 'WARNING', ?, ?, ?, ?, ?)""", batch);
		}
	}

	void insertCounts(long runId, Map<String, Integer> counts) {
		counts.forEach((rule, count) -> jdbc.sql("INSERT INTO monitoring_run_rule_count (run_id, rule_code, count) VALUES (?, ?, ?)")
			.params(runId, rule, count)
			.update());
	}

	void insertSkipped(long runId, List<SkippedRow> rows) {
		List<Object[]> batch = new ArrayList<>();
		for (SkippedRow r : rows) {
			batch.add(new Object[] { runId, truncate(r.file(), 200), r.line(), truncate(r.column(), 64), r.reason() });
		}
		if (!batch.isEmpty()) {
			cursor.batchUpdate("INSERT INTO monitoring_skipped_row (run_id, file, line, column_name, reason) VALUES (?, ?, ?, ?, ?)", batch);
		}
	}

	List<RuleCount> counts(long runId) {
		return jdbc.sql("SELECT rule_code, count FROM monitoring_run_rule_count WHERE run_id = ? ORDER BY rule_code")
			.param(runId)
			.query((rs, i) -> new RuleCount(rs.getString(1), rs.getInt(2)))
			.list();
	}

	List<SkippedRowView> skipped(long runId, int limit, long offset) {
		return jdbc.sql("SELECT file, line, column_name, reason FROM monitoring_skipped_row WHERE run_id = ? ORDER BY file, line, column_name LIMIT ? OFFSET ?")
			.params(runId, limit, offset)
			.query((rs, i) -> new SkippedRowView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	long skippedCount(long runId) {
		return jdbc.sql("SELECT count(*) FROM monitoring_skipped_row WHERE run_id = ?").param(runId).query(Long.class).single();
	}

	void eachSkipped(long runId, Consumer<SkippedRowView> each) {
		cursor.query("SELECT file, line, column_name, reason FROM monitoring_skipped_row WHERE run_id = ? ORDER BY file, line, column_name",
				rs -> {
					each.accept(new SkippedRowView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
				}, runId);
	}

	List<FindingView> findings(long runId, @Nullable String level, @Nullable String rule, int limit, long offset) {
		return jdbc.sql("SELECT " + FINDING_COLUMNS + """
				 FROM monitoring_finding WHERE run_id = ? AND (?::text IS NULL OR level = ?) AND (?::text IS NULL OR rule_code = ?)
				ORDER BY level, rule_code, fixmedins_code, mdtrt_id, feedetl_sn, period, hilist_code LIMIT ? OFFSET ?""")
			.params(runId, level, level, rule, rule, limit, offset)
			.query(FindingStore::finding)
			.list();
	}

	long findingCount(long runId, @Nullable String level, @Nullable String rule) {
		return jdbc.sql("""
				SELECT count(*) FROM monitoring_finding WHERE run_id = ? AND (?::text IS NULL OR level = ?)
				AND (?::text IS NULL OR rule_code = ?)""").params(runId, level, level, rule, rule).query(Long.class).single();
	}

	/** Every hit of the run with its clear psn_no (decrypted), in no particular order. */
	List<ClaimHit> hits(long runId) {
		List<ClaimHit> hits = new ArrayList<>();
		cursor.query("SELECT rule_code, mdtrt_id, feedetl_sn, fixmedins_code, psn_no_cipher, amount FROM monitoring_finding"
				+ " WHERE run_id = ? AND level = 'HIT'", rs -> {
					hits.add(new ClaimHit(rs.getString(1), rs.getString(2), nullToBlank(rs.getString(3)), rs.getString(4),
							cipher.decrypt(rs.getBytes(5)), rs.getBigDecimal(6)));
				}, runId);
		return hits;
	}

	List<InstitutionWarning> warnings(long runId) {
		return jdbc.sql("SELECT rule_code, fixmedins_code, period, hilist_code, value, threshold FROM monitoring_finding"
				+ " WHERE run_id = ? AND level = 'WARNING'")
			.param(runId)
			.query((rs, i) -> new InstitutionWarning(rs.getString(1), rs.getString(2), rs.getString(3), nullToBlank(rs.getString(4)),
					rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

	static FindingView finding(ResultSet rs, int i) throws SQLException {
		return new FindingView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getBigDecimal(12),
				rs.getBigDecimal(13));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	private static String nullToBlank(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static String truncate(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

	static BigDecimal zeroIfNull(@Nullable BigDecimal d) {
		return d == null ? BigDecimal.ZERO : d;
	}

}
