package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores leads in {@code monitoring_lead} and their transitions in {@code monitoring_lead_history}. */
@Repository
class LeadStore {

	private static final String COLUMNS = """
			l.id, l.finding_id, l.run_id, l.dataset_id, l.rule_code, l.rulebase_version, l.level, l.fixmedins_code, l.amount, l.region_code,
			l.stage, l.stage_entered_at, l.due_at, l.initial_reviewed_by, l.subject_id, l.appeal_opened_at, l.appeal_answer,
			l.appeal_statement, l.measures, l.amount_recovered, l.decided_at, l.created_at, l.version""";

	/**
	 * Resolved list conditions: {@code regionPattern} limits by the lead's region, {@code subjectId} to the
	 * leads sent to that institution for appeal; the rest null for "any".
	 */
	record Query(String regionPattern, @Nullable Long subjectId, @Nullable LeadStage stage, @Nullable String ruleCode,
			@Nullable String fixmedinsCode, @Nullable Long runId, boolean overdueOnly) {
	}

	private final JdbcClient jdbc;

	LeadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One lead in 初审 per finding of the run (set-based; a finding already raised is skipped), each with the
	 * dataset's region and the run's rule-base version, and its first history row. The number raised.
	 */
	int raise(long runId, String regionCode, String ruleBaseVersion, Instant due, String actor, Instant now) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				WITH raised AS (
				  INSERT INTO monitoring_lead (finding_id, run_id, dataset_id, rule_code, rulebase_version, level, fixmedins_code, amount,
				    region_code, stage, stage_entered_at, due_at, created_at, created_by, updated_at, updated_by)
				  SELECT f.id, f.run_id, r.dataset_id, f.rule_code, ?, f.level, f.fixmedins_code,
				    COALESCE(f.amount, f.value), ?, 'INITIAL_REVIEW', ?, ?, ?, ?, ?, ?
				  FROM monitoring_finding f JOIN monitoring_run r ON r.id = f.run_id
				  WHERE f.run_id = ? ORDER BY f.id
				  ON CONFLICT (finding_id) DO NOTHING RETURNING id)
				INSERT INTO monitoring_lead_history (lead_id, action, from_stage, to_stage, actor, at)
				SELECT id, 'RAISED', NULL, 'INITIAL_REVIEW', ?, ? FROM raised""")
			.params(ruleBaseVersion, regionCode, at, Timestamp.from(due), at, actor, at, actor, runId, actor, at)
			.update();
	}

	Optional<LeadView> byId(long id, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + overdue() + " FROM monitoring_lead l WHERE l.id = ?")
			.params(Timestamp.from(now), id)
			.query(LeadStore::map)
			.optional();
	}

	List<LeadView> page(Query q, Instant now, int limit, long offset) {
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(now));
		String where = where(q, now, params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT " + COLUMNS + overdue() + " FROM monitoring_lead l" + where + " ORDER BY l.id LIMIT ? OFFSET ?")
			.params(params)
			.query(LeadStore::map)
			.list();
	}

	long count(Query q, Instant now) {
		List<Object> params = new ArrayList<>();
		String where = where(q, now, params);
		return jdbc.sql("SELECT count(*) FROM monitoring_lead l" + where).params(params).query(Long.class).single();
	}

	private static String overdue() {
		return ", (l.due_at IS NOT NULL AND l.due_at < ?) AS overdue";
	}

	private static String where(Query q, Instant now, List<Object> params) {
		StringBuilder sql = new StringBuilder(" WHERE l.region_code LIKE ?");
		params.add(q.regionPattern());
		if (q.subjectId() != null) {
			sql.append(" AND l.subject_id = ? AND l.appeal_opened_at IS NOT NULL");
			params.add(q.subjectId());
		}
		if (q.stage() != null) {
			sql.append(" AND l.stage = ?");
			params.add(q.stage().name());
		}
		if (q.ruleCode() != null) {
			sql.append(" AND l.rule_code = ?");
			params.add(q.ruleCode());
		}
		if (q.fixmedinsCode() != null) {
			sql.append(" AND l.fixmedins_code = ?");
			params.add(q.fixmedinsCode());
		}
		if (q.runId() != null) {
			sql.append(" AND l.run_id = ?");
			params.add(q.runId());
		}
		if (q.overdueOnly()) {
			sql.append(" AND l.due_at < ?");
			params.add(Timestamp.from(now));
		}
		return sql.toString();
	}

	/** Moves the lead from stage {@code from} to {@code to} with the new due time; false when it is no longer in {@code from}. */
	boolean move(long id, LeadStage from, LeadStage to, @Nullable Instant due, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE monitoring_lead SET stage = ?, stage_entered_at = ?, due_at = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND stage = ?""")
			.params(to.name(), Timestamp.from(now), due == null ? null : Timestamp.from(due), Timestamp.from(now), actor, id, from.name())
			.update() == 1;
	}

	void history(long id, String action, @Nullable LeadStage from, LeadStage to, String actor, Instant at, @Nullable String note) {
		jdbc.sql("INSERT INTO monitoring_lead_history (lead_id, action, from_stage, to_stage, actor, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, action, from == null ? null : from.name(), to.name(), actor, Timestamp.from(at), note)
			.update();
	}

	void initialReviewer(long id, String actor) {
		jdbc.sql("UPDATE monitoring_lead SET initial_reviewed_by = ? WHERE id = ?").params(actor, id).update();
	}

	void appealOpened(long id, long subjectId, Instant at) {
		jdbc.sql("UPDATE monitoring_lead SET subject_id = ?, appeal_opened_at = ? WHERE id = ?").params(subjectId, Timestamp.from(at), id).update();
	}

	void answered(long id, AppealAnswer answer, @Nullable String statement) {
		jdbc.sql("UPDATE monitoring_lead SET appeal_answer = ?, appeal_statement = ? WHERE id = ?").params(answer.name(), statement, id).update();
	}

	void decided(long id, List<DisposalMeasure> measures, BigDecimal recovered, Instant at) {
		jdbc.sql("UPDATE monitoring_lead SET measures = ?, amount_recovered = ?, decided_at = ? WHERE id = ?")
			.params(measures.stream().map(Enum::name).collect(Collectors.joining(",")), recovered, Timestamp.from(at), id)
			.update();
	}

	/**
	 * Moves every lead in 初审 among {@code ids} (or, when null, of the rule in the run) in the region subtree
	 * to {@code to}, with its history row; the ids moved.
	 */
	List<Long> bulkInitialReview(@Nullable List<Long> ids, @Nullable Long runId, @Nullable String ruleCode, String regionPattern,
			LeadStage to, @Nullable Instant due, String actor, Instant now, @Nullable String note) {
		Timestamp at = Timestamp.from(now);
		String which = ids != null ? "id = ANY (?::bigint[])" : "run_id = ? AND rule_code = ?";
		List<Object> params = new ArrayList<>(List.of(to.name(), at));
		params.add(due == null ? null : Timestamp.from(due));
		params.addAll(List.of(actor, at, actor));
		if (ids != null) {
			params.add(ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		}
		else {
			params.add(runId);
			params.add(ruleCode);
		}
		params.add(regionPattern);
		params.addAll(List.of(actor, at, note == null ? "" : note));
		return jdbc.sql("""
				WITH moved AS (
				  UPDATE monitoring_lead SET stage = ?, stage_entered_at = ?, due_at = ?, initial_reviewed_by = ?, updated_at = ?,
				    updated_by = ?, version = version + 1
				  WHERE %s AND region_code LIKE ? AND stage = 'INITIAL_REVIEW' RETURNING id),
				logged AS (
				  INSERT INTO monitoring_lead_history (lead_id, action, from_stage, to_stage, actor, at, note)
				  SELECT id, 'INITIAL_REVIEW_BULK', 'INITIAL_REVIEW', '%s', ?, ?, NULLIF(?, '') FROM moved)
				SELECT id FROM moved ORDER BY id""".formatted(which, to.name()))
			.params(params)
			.query(Long.class)
			.list();
	}

	/** Leads in 申诉 whose limit has passed. */
	List<Long> expiredAppeals(Instant now) {
		return jdbc.sql("SELECT id FROM monitoring_lead WHERE stage = 'APPEAL' AND due_at <= ? ORDER BY id")
			.param(Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	long countOverdue(String regionPattern, Instant now) {
		return jdbc.sql("SELECT count(*) FROM monitoring_lead WHERE due_at < ? AND region_code LIKE ?")
			.params(Timestamp.from(now), regionPattern)
			.query(Long.class)
			.single();
	}

	long countAwaitingAnswer(long subjectId) {
		return jdbc.sql("SELECT count(*) FROM monitoring_lead WHERE stage = 'APPEAL' AND subject_id = ?")
			.param(subjectId)
			.query(Long.class)
			.single();
	}

	List<LeadHistoryEntry> history(long id) {
		return jdbc.sql("SELECT action, from_stage, to_stage, actor, at, note FROM monitoring_lead_history WHERE lead_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new LeadHistoryEntry(rs.getString(1), rs.getString(2) == null ? null : LeadStage.valueOf(rs.getString(2)),
					LeadStage.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	FindingView finding(long findingId) {
		return jdbc.sql("""
				SELECT f.mdtrt_id, f.feedetl_sn, f.psn_no_masked, f.amount, f.period, f.hilist_code, f.value, f.threshold, d.name, r.purpose
				FROM monitoring_finding f JOIN monitoring_run r ON r.id = f.run_id JOIN monitoring_dataset d ON d.id = r.dataset_id
				WHERE f.id = ?""")
			.param(findingId)
			.query((rs, n) -> new FindingView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
					rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10)))
			.single();
	}

	private static LeadView map(ResultSet rs, int n) throws SQLException {
		String measures = rs.getString(19);
		return new LeadView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getString(8), rs.getBigDecimal(9), rs.getString(10), LeadStage.valueOf(rs.getString(11)), instant(rs, 12), optional(rs, 13),
				rs.getBoolean(24), rs.getString(14), rs.getObject(15) == null ? null : rs.getLong(15), optional(rs, 16),
				rs.getString(17) == null ? null : AppealAnswer.valueOf(rs.getString(17)), rs.getString(18),
				measures == null || measures.isEmpty() ? List.of() : Arrays.asList(measures.split(",")), rs.getBigDecimal(20),
				optional(rs, 21), instant(rs, 22), rs.getInt(23));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant optional(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
