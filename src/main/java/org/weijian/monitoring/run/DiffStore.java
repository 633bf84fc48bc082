package org.weijian.monitoring.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The difference between two runs' findings, computed in SQL (a full outer join on the finding identity). */
@Repository
class DiffStore {

	private static final String JOINED = """
			WITH a AS (SELECT * FROM monitoring_finding WHERE run_id = ?), b AS (SELECT * FROM monitoring_finding WHERE run_id = ?),
			d AS (
			  SELECT CASE WHEN a.id IS NULL THEN 'ADDED' WHEN b.id IS NULL THEN 'REMOVED'
			      WHEN a.level = 'WARNING' AND (a.value <> b.value OR a.threshold <> b.threshold) THEN 'CHANGED' ELSE 'UNCHANGED' END AS change,
			    COALESCE(a.rule_code, b.rule_code) AS rule_code, COALESCE(a.level, b.level) AS level,
			    COALESCE(a.fixmedins_code, b.fixmedins_code) AS fixmedins_code, COALESCE(a.mdtrt_id, b.mdtrt_id) AS mdtrt_id,
			    COALESCE(a.feedetl_sn, b.feedetl_sn) AS feedetl_sn, COALESCE(b.psn_no_masked, a.psn_no_masked) AS psn_no_masked,
			    COALESCE(b.amount, a.amount) AS amount, COALESCE(a.period, b.period) AS period, COALESCE(a.hilist_code, b.hilist_code) AS hilist_code,
			    a.value AS value_before, a.threshold AS threshold_before, b.value AS value_after, b.threshold AS threshold_after
			  FROM a FULL OUTER JOIN b ON a.rule_code = b.rule_code AND a.level = b.level
			    AND (a.level = 'HIT' AND a.mdtrt_id = b.mdtrt_id AND COALESCE(a.feedetl_sn, '') = COALESCE(b.feedetl_sn, '')
			      OR a.level = 'WARNING' AND a.fixmedins_code = b.fixmedins_code AND a.period = b.period
			        AND COALESCE(a.hilist_code, '') = COALESCE(b.hilist_code, '')))
			""";

	private static final String ORDER = " ORDER BY rule_code, level, fixmedins_code, mdtrt_id, feedetl_sn, period, hilist_code";

	private final JdbcClient jdbc;

	private final JdbcTemplate cursor;

	DiffStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(2_000);
	}

	List<DiffSummary> summary(long originalRunId, long replayRunId) {
		return jdbc.sql(JOINED + """
				SELECT rule_code, count(*) FILTER (WHERE change = 'ADDED'), count(*) FILTER (WHERE change = 'REMOVED'),
				  count(*) FILTER (WHERE change = 'CHANGED'), count(*) FILTER (WHERE change = 'UNCHANGED')
				FROM d GROUP BY rule_code ORDER BY rule_code""")
			.params(originalRunId, replayRunId)
			.query((rs, i) -> new DiffSummary(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	List<DiffRow> rows(long originalRunId, long replayRunId, @Nullable String change, @Nullable String rule, int limit, long offset) {
		return jdbc.sql(JOINED + "SELECT * FROM d WHERE (?::text IS NULL OR change = ?) AND (?::text IS NULL OR rule_code = ?)" + ORDER
				+ " LIMIT ? OFFSET ?")
			.params(originalRunId, replayRunId, change, change, rule, rule, limit, offset)
			.query(DiffStore::row)
			.list();
	}

	long count(long originalRunId, long replayRunId, @Nullable String change, @Nullable String rule) {
		return jdbc.sql(JOINED + "SELECT count(*) FROM d WHERE (?::text IS NULL OR change = ?) AND (?::text IS NULL OR rule_code = ?)")
			.params(originalRunId, replayRunId, change, change, rule, rule)
			.query(Long.class)
			.single();
	}

	void each(long originalRunId, long replayRunId, @Nullable String change, Consumer<DiffRow> each) {
		cursor.query(JOINED + "SELECT * FROM d WHERE (?::text IS NULL OR change = ?)" + ORDER, rs -> {
			each.accept(row(rs, 0));
		}, originalRunId, replayRunId, change, change);
	}

	private static DiffRow row(ResultSet rs, int i) throws SQLException {
		return new DiffRow(Change.valueOf(rs.getString("change")), rs.getString("rule_code"), rs.getString("level"),
				rs.getString("fixmedins_code"), rs.getString("mdtrt_id"), rs.getString("feedetl_sn"), rs.getString("psn_no_masked"),
				rs.getBigDecimal("amount"), rs.getString("period"), rs.getString("hilist_code"), rs.getBigDecimal("value_before"),
				rs.getBigDecimal("threshold_before"), rs.getBigDecimal("value_after"), rs.getBigDecimal("threshold_after"));
	}

}
