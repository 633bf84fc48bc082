package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores plan versions in {@code inspection_plan} with their joint departments
 * ({@code inspection_plan_department}) and entropy sources ({@code inspection_plan_source}).
 */
@Repository
class PlanStore {

	private static final String COLUMNS = """
			id, series_no, version, previous_id, status, year, title, level, document_no, department_id, department_code,
			department_name, region_code, categories, subject_kind, ratio_mode, ratio_a, ratio_b, ratio_c, ratio_d, ratio_all,
			inspectors_per_task, cap_per_inspector, window_start, deadline, publication_working_days, approved_by, approved_at,
			self_approved, withdrawn_reason, created_at, created_by, updated_at, updated_by, row_version""";

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next series number of the year, {@code CJ-<year>-<nnnn>}, taken atomically. */
	String nextSeriesNo(int year) {
		int no = jdbc.sql("""
				INSERT INTO inspection_plan_series (year, last_no) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last_no = inspection_plan_series.last_no + 1 RETURNING last_no""")
			.param(year)
			.query(Integer.class)
			.single();
		return String.format("CJ-%d-%04d", year, no);
	}

	long insert(String seriesNo, int version, @Nullable Long previousId, CheckedPlan p, String actor, Instant now) {
		long id = jdbc.sql("""
				INSERT INTO inspection_plan (series_no, version, previous_id, status, year, title, level, document_no, department_id,
				  department_code, department_name, region_code, categories, subject_kind, ratio_mode, ratio_a, ratio_b, ratio_c,
				  ratio_d, ratio_all, inspectors_per_task, cap_per_inspector, window_start, deadline, publication_working_days,
				  created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(values(seriesNo, version, previousId, p, actor, now))
			.query(Long.class)
			.single();
		insertChildren(id, p);
		return id;
	}

	private static List<Object> values(String seriesNo, int version, @Nullable Long previousId, CheckedPlan p, String actor,
			Instant now) {
		List<Object> v = new ArrayList<>();
		v.add(seriesNo);
		v.add(version);
		v.add(previousId);
		v.add(p.year());
		v.add(p.title());
		v.add(p.level().name());
		v.add(p.documentNo());
		v.add(p.departmentId());
		v.add(p.departmentCode());
		v.add(p.departmentName());
		v.add(p.regionCode());
		v.add(arrayLiteral(p.categories()));
		v.add(p.subjectKind());
		v.add(p.ratioMode().name());
		for (String tier : List.of("A", "B", "C", "D", "ALL")) {
			v.add(p.ratios().get(tier));
		}
		v.add(p.inspectorsPerTask());
		v.add(p.capPerInspector());
		v.add(Date.valueOf(p.windowStart()));
		v.add(Date.valueOf(p.deadline()));
		v.add(p.publicationWorkingDays());
		v.add(Timestamp.from(now));
		v.add(actor);
		v.add(Timestamp.from(now));
		v.add(actor);
		return v;
	}

	/** Rewrites a DRAFT version in place when it still has {@code rowVersion}; false when someone else changed it. */
	boolean update(long id, int rowVersion, CheckedPlan p, String actor, Instant now) {
		List<Object> params = new ArrayList<>(List.of(p.year(), p.title(), p.level().name()));
		params.add(p.documentNo());
		params.addAll(List.of(p.departmentId(), p.departmentCode(), p.departmentName(), p.regionCode(), arrayLiteral(p.categories())));
		params.add(p.subjectKind());
		params.add(p.ratioMode().name());
		for (String tier : List.of("A", "B", "C", "D", "ALL")) {
			params.add(p.ratios().get(tier));
		}
		params.add(p.inspectorsPerTask());
		params.add(p.capPerInspector());
		params.addAll(List.of(Date.valueOf(p.windowStart()), Date.valueOf(p.deadline()), p.publicationWorkingDays(), Timestamp.from(now),
				actor, id, rowVersion));
		boolean updated = jdbc.sql("""
				UPDATE inspection_plan SET year = ?, title = ?, level = ?, document_no = ?, department_id = ?, department_code = ?,
				  department_name = ?, region_code = ?, categories = ?::text[], subject_kind = ?, ratio_mode = ?, ratio_a = ?,
				  ratio_b = ?, ratio_c = ?, ratio_d = ?, ratio_all = ?, inspectors_per_task = ?, cap_per_inspector = ?,
				  window_start = ?, deadline = ?, publication_working_days = ?, updated_at = ?, updated_by = ?,
				  row_version = row_version + 1
				WHERE id = ? AND row_version = ? AND status = 'DRAFT'""").params(params).update() == 1;
		if (updated) {
			jdbc.sql("DELETE FROM inspection_plan_department WHERE plan_id = ?").param(id).update();
			jdbc.sql("DELETE FROM inspection_plan_source WHERE plan_id = ?").param(id).update();
			insertChildren(id, p);
		}
		return updated;
	}

	private void insertChildren(long id, CheckedPlan p) {
		int position = 0;
		for (JointDepartment d : p.departments()) {
			jdbc.sql("""
					INSERT INTO inspection_plan_department (plan_id, position, department_id, department_code, department_name, inspectors)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, position++, d.departmentId(), d.departmentCode(), d.departmentName(), d.inspectors())
				.update();
		}
		for (EntropySourceSpec s : p.sources()) {
			jdbc.sql("""
					INSERT INTO inspection_plan_source (plan_id, position, name, description, available_on, value_count, min_value, max_value)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, s.position(), s.name(), s.description(), Date.valueOf(s.availableOn()), s.valueCount(), s.minValue(),
						s.maxValue())
				.update();
		}
	}

	/** Moves the version from one status to another when it still has {@code rowVersion} (null: any). */
	boolean transition(long id, PlanStatus from, PlanStatus to, @Nullable Integer rowVersion, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE inspection_plan SET status = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1
				WHERE id = ? AND status = ? AND (CAST(? AS INT) IS NULL OR row_version = ?)""")
			.params(to.name(), Timestamp.from(now), actor, id, from.name(), rowVersion, rowVersion)
			.update() == 1;
	}

	boolean approve(long id, @Nullable Integer rowVersion, boolean selfApproved, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE inspection_plan SET status = 'APPROVED', approved_by = ?, approved_at = ?, self_approved = ?, updated_at = ?,
				  updated_by = ?, row_version = row_version + 1
				WHERE id = ? AND status = 'DRAFT' AND (CAST(? AS INT) IS NULL OR row_version = ?)""")
			.params(actor, Timestamp.from(now), selfApproved, Timestamp.from(now), actor, id, rowVersion, rowVersion)
			.update() == 1;
	}

	boolean withdraw(long id, PlanStatus from, @Nullable Integer rowVersion, String reason, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE inspection_plan SET status = 'WITHDRAWN', withdrawn_reason = ?, updated_at = ?, updated_by = ?,
				  row_version = row_version + 1
				WHERE id = ? AND status = ? AND (CAST(? AS INT) IS NULL OR row_version = ?)""")
			.params(reason, Timestamp.from(now), actor, id, from.name(), rowVersion, rowVersion)
			.update() == 1;
	}

	Optional<PlanRow> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_plan WHERE id = ?").param(id).query(this::map).optional();
	}

	/** Every version of the series, oldest first. */
	List<PlanRow> versions(String seriesNo) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_plan WHERE series_no = ? ORDER BY version")
			.param(seriesNo)
			.query(this::map)
			.list();
	}

	/** The series' newest version. */
	PlanRow latest(String seriesNo) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_plan WHERE series_no = ? ORDER BY version DESC LIMIT 1")
			.param(seriesNo)
			.query(this::map)
			.single();
	}

	/** Filter of a listing: region subtree, optional department, status (null: all but SUPERSEDED) and year. */
	record Filter(String regionPattern, @Nullable Long departmentId, @Nullable PlanStatus status, @Nullable Integer year) {
	}

	List<PlanRow> page(Filter f, int limit, long offset) {
		Where w = where(f);
		List<Object> params = new ArrayList<>(w.params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_plan p" + w.sql + " ORDER BY year DESC, series_no DESC, version DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(this::map)
			.list();
	}

	long count(Filter f) {
		Where w = where(f);
		return jdbc.sql("SELECT count(*) FROM inspection_plan p" + w.sql).params(w.params).query(Long.class).single();
	}

	private record Where(String sql, List<Object> params) {
	}

	private static Where where(Filter f) {
		StringBuilder sql = new StringBuilder(" WHERE region_code LIKE ?");
		List<Object> params = new ArrayList<>(List.of(f.regionPattern()));
		if (f.departmentId() != null) {
			sql.append(" AND (department_id = ? OR EXISTS (SELECT 1 FROM inspection_plan_department d WHERE d.plan_id = p.id AND d.department_id = ?))");
			params.add(f.departmentId());
			params.add(f.departmentId());
		}
		if (f.status() != null) {
			sql.append(" AND status = ?");
			params.add(f.status().name());
		}
		else {
			sql.append(" AND status <> 'SUPERSEDED'");
		}
		if (f.year() != null) {
			sql.append(" AND year = ?");
			params.add(f.year());
		}
		return new Where(sql.toString(), params);
	}

	private List<JointDepartment> departments(long planId) {
		return jdbc.sql("""
				SELECT department_id, department_code, department_name, inspectors FROM inspection_plan_department
				WHERE plan_id = ? ORDER BY position""")
			.param(planId)
			.query((rs, i) -> new JointDepartment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	private List<EntropySourceSpec> sources(long planId) {
		return jdbc.sql("""
				SELECT position, name, description, available_on, value_count, min_value, max_value FROM inspection_plan_source
				WHERE plan_id = ? ORDER BY position""")
			.param(planId)
			.query((rs, i) -> new EntropySourceSpec(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					rs.getInt(5), rs.getLong(6), rs.getLong(7)))
			.list();
	}

	private PlanRow map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		RatioMode mode = RatioMode.valueOf(rs.getString("ratio_mode"));
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		if (mode == RatioMode.BY_TIER) {
			for (String tier : List.of("A", "B", "C", "D")) {
				ratios.put(tier, ratio(rs.getBigDecimal("ratio_" + tier.toLowerCase(java.util.Locale.ROOT))));
			}
		}
		else {
			ratios.put("ALL", ratio(rs.getBigDecimal("ratio_all")));
		}
		Array categories = rs.getArray("categories");
		Timestamp approvedAt = rs.getTimestamp("approved_at");
		Object cap = rs.getObject("cap_per_inspector");
		Object previous = rs.getObject("previous_id");
		PlanView view = new PlanView(id, rs.getString("series_no"), rs.getInt("version"), PlanStatus.valueOf(rs.getString("status")),
				rs.getInt("year"), rs.getString("title"), PlanLevel.valueOf(rs.getString("level")), rs.getString("document_no"),
				rs.getLong("department_id"), rs.getString("department_name"), rs.getString("region_code"),
				List.of((String[]) categories.getArray()), rs.getString("subject_kind"), mode, Collections.unmodifiableMap(ratios),
				rs.getInt("inspectors_per_task"), departments(id), cap == null ? null : ((Number) cap).intValue(),
				rs.getDate("window_start").toLocalDate(), rs.getDate("deadline").toLocalDate(), rs.getInt("publication_working_days"),
				sources(id), rs.getString("approved_by"), approvedAt == null ? null : approvedAt.toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("row_version"));
		return new PlanRow(view, previous == null ? null : ((Number) previous).longValue(), rs.getString("department_code"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
				rs.getBoolean("self_approved"), rs.getString("withdrawn_reason"));
	}

	/** The ratio with its scale as stored (4 places) stripped, so 0.0500 reads as 0.05 and 1.0000 as 1. */
	private static BigDecimal ratio(BigDecimal stored) {
		BigDecimal r = stored.stripTrailingZeros();
		return r.scale() < 0 ? r.setScale(0) : r;
	}

	private static String arrayLiteral(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

}
