package org.weijian.inspection.task;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.inspection.InspectionOutcome;

/** Stores tasks in {@code inspection_task} and their chosen inspectors in {@code inspection_task_inspector}. */
@Repository
class TaskStore {

	private static final String COLUMNS = """
			t.id, t.plan_id, t.plan_title, t.draw_id, t.task_index, t.subject_id, t.subject_name, t.region_code, t.category_code,
			t.stratum, t.status, t.unstaffed_reason, t.window_start, t.deadline, t.publication_working_days, t.outcome, t.summary,
			t.completed_at, t.completed_by, t.completed_by_inspector_id, t.completed_on, t.publication_due, t.published_at,
			t.published_by, t.version, t.department_id, t.plan_region_code""";

	/** A task as the draw created it. */
	record NewTask(long planId, String planTitle, String planRegionCode, long departmentId, String drawId, int taskIndex,
			long subjectId, String subjectName, String regionCode, String categoryCode, String stratum, TaskStatus status,
			@Nullable String unstaffedReason, LocalDate windowStart, LocalDate deadline, int publicationWorkingDays) {
	}

	/**
	 * Resolved list conditions; null means "any". {@code regionPattern} limits by the subject's region,
	 * {@code inspectorId} to the tasks that inspector was chosen for.
	 */
	record Query(String regionPattern, @Nullable Long departmentId, @Nullable Long planId, @Nullable String drawId,
			@Nullable TaskStatus status, @Nullable Long inspectorId) {
	}

	/** A task row with the fields only the service needs besides the view. */
	record Stored(TaskView view, long departmentId, String planRegionCode) {
	}

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the task unless the draw already has one with this index; the new id, or empty. */
	Optional<Long> insert(NewTask t, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO inspection_task (plan_id, plan_title, plan_region_code, department_id, draw_id, task_index, subject_id,
				  subject_name, region_code, category_code, stratum, status, unstaffed_reason, window_start, deadline,
				  publication_working_days, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (draw_id, task_index) DO NOTHING RETURNING id""")
			.params(t.planId(), t.planTitle(), t.planRegionCode(), t.departmentId(), t.drawId(), t.taskIndex(), t.subjectId(),
					t.subjectName(), t.regionCode(), t.categoryCode(), t.stratum(), t.status().name(), t.unstaffedReason(),
					Date.valueOf(t.windowStart()), Date.valueOf(t.deadline()), t.publicationWorkingDays(), Timestamp.from(now), actor,
					Timestamp.from(now), actor)
			.query(Long.class)
			.optional();
	}

	void insertInspector(long taskId, int position, long inspectorId, String name) {
		jdbc.sql("INSERT INTO inspection_task_inspector (task_id, position, inspector_id, inspector_name) VALUES (?, ?, ?, ?)")
			.params(taskId, position, inspectorId, name)
			.update();
	}

	Optional<Stored> byId(long id, LocalDate today) {
		List<Stored> rows = jdbc.sql("SELECT " + COLUMNS + flags() + " FROM inspection_task t WHERE t.id = ?")
			.params(Date.valueOf(today), Date.valueOf(today), id)
			.query(TaskStore::map)
			.list();
		return withInspectors(rows).stream().findFirst();
	}

	List<TaskView> page(Query q, LocalDate today, String order, int limit, long offset) {
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
		String where = where(q, params);
		params.add(limit);
		params.add(offset);
		List<Stored> rows = jdbc.sql("SELECT " + COLUMNS + flags() + " FROM inspection_task t" + where + " ORDER BY " + order
				+ " LIMIT ? OFFSET ?").params(params).query(TaskStore::map).list();
		return withInspectors(rows).stream().map(Stored::view).toList();
	}

	long count(Query q) {
		List<Object> params = new ArrayList<>();
		String where = where(q, params);
		return jdbc.sql("SELECT count(*) FROM inspection_task t" + where).params(params).query(Long.class).single();
	}

	/** Completed, unpublished results past their publication due date in the region subtree (and department). */
	long countPublicationOverdue(String regionPattern, @Nullable Long departmentId, LocalDate today) {
		return jdbc.sql("""
				SELECT count(*) FROM inspection_task t WHERE t.status = 'COMPLETED' AND t.publication_due < ?
				  AND t.region_code LIKE ? AND (?::bigint IS NULL OR t.department_id = ?::bigint)""")
			.params(Date.valueOf(today), regionPattern, departmentId, departmentId)
			.query(Long.class)
			.single();
	}

	private static String flags() {
		return ", (t.status = 'ASSIGNED' AND t.deadline < ?) AS overdue, (t.status = 'COMPLETED' AND t.publication_due < ?) AS publication_overdue";
	}

	private static String where(Query q, List<Object> params) {
		StringBuilder sql = new StringBuilder(" WHERE t.region_code LIKE ?");
		params.add(q.regionPattern());
		if (q.departmentId() != null) {
			sql.append(" AND t.department_id = ?");
			params.add(q.departmentId());
		}
		if (q.planId() != null) {
			sql.append(" AND t.plan_id = ?");
			params.add(q.planId());
		}
		if (q.drawId() != null) {
			sql.append(" AND t.draw_id = ?");
			params.add(q.drawId());
		}
		if (q.status() != null) {
			sql.append(" AND t.status = ?");
			params.add(q.status().name());
		}
		if (q.inspectorId() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM inspection_task_inspector i WHERE i.task_id = t.id AND i.inspector_id = ?)");
			params.add(q.inspectorId());
		}
		return sql.toString();
	}

	/** Records the result if the task is still assigned at this version; false when it is not. */
	boolean complete(long id, int version, InspectionOutcome outcome, String summary, long inspectorId, LocalDate completedOn,
			LocalDate publicationDue, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE inspection_task SET status = 'COMPLETED', outcome = ?, summary = ?, completed_at = ?, completed_by = ?,
				  completed_by_inspector_id = ?, completed_on = ?, publication_due = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND status = 'ASSIGNED' AND version = ?""")
			.params(outcome.name(), summary, Timestamp.from(now), actor, inspectorId, Date.valueOf(completedOn),
					Date.valueOf(publicationDue), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	/** Publishes the result if the task is still completed and unpublished; false when it is not. */
	boolean publish(long id, @Nullable String uscc, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE inspection_task SET status = 'PUBLISHED', published_at = ?, published_by = ?, published_uscc = ?, updated_at = ?,
				  updated_by = ?, version = version + 1
				WHERE id = ? AND status = 'COMPLETED'""")
			.params(Timestamp.from(now), actor, uscc, Timestamp.from(now), actor, id)
			.update() == 1;
	}

	/**
	 * Distinct subjects with a recorded result (completed or published) completed within the dates (both
	 * inclusive), among tasks whose subject lies in the region subtree.
	 */
	List<Long> inspectedSubjects(String regionPattern, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT DISTINCT subject_id FROM inspection_task
				WHERE status IN ('COMPLETED', 'PUBLISHED') AND completed_on BETWEEN ? AND ? AND region_code LIKE ?""")
			.params(Date.valueOf(from), Date.valueOf(to), regionPattern)
			.query(Long.class)
			.list();
	}

	private List<Stored> withInspectors(List<Stored> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		String ids = rows.stream().map(r -> String.valueOf(r.view().id())).collect(Collectors.joining(",", "{", "}"));
		Map<Long, List<TaskInspector>> byTask = new HashMap<>();
		jdbc.sql("""
				SELECT task_id, position, inspector_id, inspector_name FROM inspection_task_inspector
				WHERE task_id = ANY (?::bigint[]) ORDER BY task_id, position""")
			.param(ids)
			.query((rs, n) -> byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new TaskInspector(rs.getInt(2), rs.getLong(3), rs.getString(4))))
			.list();
		List<Stored> out = new ArrayList<>(rows.size());
		for (Stored s : rows) {
			TaskView v = s.view();
			List<TaskInspector> inspectors = List.copyOf(byTask.getOrDefault(v.id(), List.of()));
			out.add(new Stored(new TaskView(v.id(), v.planId(), v.planTitle(), v.drawId(), v.taskIndex(), v.subjectId(), v.subjectName(),
					v.regionCode(), v.categoryCode(), v.stratum(), v.status(), v.unstaffedReason(), v.windowStart(), v.deadline(),
					v.publicationWorkingDays(), inspectors, v.outcome(), v.summary(), v.completedAt(), v.completedBy(),
					v.completedByInspectorId(), v.completedOn(), v.publicationDue(), v.publishedAt(), v.publishedBy(), v.overdue(),
					v.publicationOverdue(), v.version()), s.departmentId(), s.planRegionCode()));
		}
		return out;
	}

	static Stored map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		long inspector = rs.getLong("completed_by_inspector_id");
		Long completedByInspector = rs.wasNull() ? null : inspector;
		TaskView v = new TaskView(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("draw_id"),
				rs.getInt("task_index"), rs.getLong("subject_id"), rs.getString("subject_name"), rs.getString("region_code"),
				rs.getString("category_code"), rs.getString("stratum"), TaskStatus.valueOf(rs.getString("status")),
				rs.getString("unstaffed_reason"), rs.getDate("window_start").toLocalDate(), rs.getDate("deadline").toLocalDate(),
				rs.getInt("publication_working_days"), List.of(), outcome == null ? null : InspectionOutcome.valueOf(outcome),
				rs.getString("summary"), instant(rs.getTimestamp("completed_at")), rs.getString("completed_by"), completedByInspector,
				date(rs.getDate("completed_on")), date(rs.getDate("publication_due")), instant(rs.getTimestamp("published_at")),
				rs.getString("published_by"), rs.getBoolean("overdue"), rs.getBoolean("publication_overdue"), rs.getInt("version"));
		return new Stored(v, rs.getLong("department_id"), rs.getString("plan_region_code"));
	}

	static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static @Nullable LocalDate date(java.sql.@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	static String ids(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
