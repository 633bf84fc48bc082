package org.weijian.monitoring.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code monitoring_run} table and its status transitions (each guarded by the status it leaves). */
@Repository
class RunStore {

	/** The 15 rule codes (part of the contract): the progress bar's length. */
	static final int RULES_TOTAL = 15;

	private static final String SELECT = """
			SELECT r.id, r.dataset_id, d.name, d.region_code, r.rulebase_version, r.purpose, r.compared_run_id, r.skip_bad_rows,
			  r.status, r.rules_done, r.problems, r.hit_count, r.warning_count, r.skipped_count, r.requested_at, r.requested_by,
			  r.started_at, r.finished_at
			FROM monitoring_run r JOIN monitoring_dataset d ON d.id = r.dataset_id""";

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises run requests for one dataset until the end of the transaction. */
	void lockDataset(long datasetId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('monitoring_run'), ?::int)").param((int) datasetId).query(Object.class).single();
	}

	/** A MONITOR run of the dataset and version that succeeded, or is queued or running. */
	Optional<Long> monitorRun(long datasetId, String version) {
		return jdbc.sql("""
				SELECT id FROM monitoring_run WHERE dataset_id = ? AND rulebase_version = ? AND purpose = 'MONITOR'
				AND status IN ('QUEUED', 'RUNNING', 'SUCCEEDED') ORDER BY id LIMIT 1""").params(datasetId, version).query(Long.class).optional();
	}

	long insert(long datasetId, String version, RunPurpose purpose, @Nullable Long comparedRunId, boolean skipBadRows, String actor,
			Instant at) {
		return jdbc.sql("""
				INSERT INTO monitoring_run (dataset_id, rulebase_version, purpose, compared_run_id, skip_bad_rows, status, requested_at,
				  requested_by) VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?) RETURNING id""")
			.params(datasetId, version, purpose.name(), comparedRunId, skipBadRows, Timestamp.from(at), actor)
			.query(Long.class)
			.single();
	}

	boolean start(long id, Instant at) {
		return jdbc.sql("UPDATE monitoring_run SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'QUEUED'")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	void progress(long id, int rulesDone) {
		jdbc.sql("UPDATE monitoring_run SET rules_done = ? WHERE id = ? AND status = 'RUNNING'").params(rulesDone, id).update();
	}

	boolean succeed(long id, int hits, int warnings, int skipped, Instant at) {
		return jdbc.sql("""
				UPDATE monitoring_run SET status = 'SUCCEEDED', rules_done = ?, hit_count = ?, warning_count = ?, skipped_count = ?,
				  finished_at = ? WHERE id = ? AND status = 'RUNNING'""")
			.params(RULES_TOTAL, hits, warnings, skipped, Timestamp.from(at), id)
			.update() == 1;
	}

	/** RUNNING (or QUEUED) → REFUSED or FAILED with the problems. */
	boolean finish(long id, RunStatus status, List<String> problems, Instant at) {
		return jdbc.sql("UPDATE monitoring_run SET status = ?, problems = ?, finished_at = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
			.params(status.name(), String.join("\n", problems), Timestamp.from(at), id)
			.update() == 1;
	}

	/** Every run still QUEUED or RUNNING becomes FAILED with the given problem (after a restart). */
	List<Long> failUnfinished(String problem, Instant at) {
		return jdbc.sql("""
				UPDATE monitoring_run SET status = 'FAILED', problems = ?, finished_at = ? WHERE status IN ('QUEUED', 'RUNNING')
				RETURNING id""").params(problem, Timestamp.from(at)).query(Long.class).list();
	}

	Optional<RunView> byId(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RunStore::view).optional();
	}

	List<RunView> page(String regionPattern, @Nullable Long datasetId, int limit, long offset) {
		return jdbc.sql(SELECT + " WHERE d.region_code LIKE ? AND (?::bigint IS NULL OR r.dataset_id = ?) ORDER BY r.id DESC LIMIT ? OFFSET ?")
			.params(regionPattern, datasetId, datasetId, limit, offset)
			.query(RunStore::view)
			.list();
	}

	long count(String regionPattern, @Nullable Long datasetId) {
		return jdbc.sql("""
				SELECT count(*) FROM monitoring_run r JOIN monitoring_dataset d ON d.id = r.dataset_id
				WHERE d.region_code LIKE ? AND (?::bigint IS NULL OR r.dataset_id = ?)""")
			.params(regionPattern, datasetId, datasetId)
			.query(Long.class)
			.single();
	}

	private static RunView view(ResultSet rs, int i) throws SQLException {
		String problems = rs.getString(11);
		return new RunView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				RunPurpose.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class), rs.getBoolean(8), RunStatus.valueOf(rs.getString(9)),
				rs.getInt(10), RULES_TOTAL, problems == null || problems.isEmpty() ? List.of() : Arrays.asList(problems.split("\n")),
				(Integer) rs.getObject(12, Integer.class), (Integer) rs.getObject(13, Integer.class),
				(Integer) rs.getObject(14, Integer.class), rs.getTimestamp(15).toInstant(), rs.getString(16), instant(rs.getTimestamp(17)),
				instant(rs.getTimestamp(18)));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
