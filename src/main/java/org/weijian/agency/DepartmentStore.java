package org.weijian.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores departments in {@code department} and their duty items in {@code department_duty}. */
@Repository
class DepartmentStore {

	private static final String COLUMNS = "id, code, name, kind, region_code, status, created_at, created_by, updated_at, updated_by, version";

	private final JdbcClient jdbc;

	DepartmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DepartmentView> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM department WHERE id = ?").param(id).query(DepartmentStore::map).optional();
	}

	boolean codeExists(String code) {
		return jdbc.sql("SELECT count(*) FROM department WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	/** Departments in the region pattern, optionally one kind and one department, ordered by code. */
	List<DepartmentView> page(String regionPattern, @Nullable DepartmentKind kind, @Nullable Long onlyId, int limit, long offset) {
		Where w = where(regionPattern, kind, onlyId);
		List<Object> params = new ArrayList<>(w.params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT " + COLUMNS + " FROM department" + w.sql + " ORDER BY code LIMIT ? OFFSET ?")
			.params(params)
			.query(DepartmentStore::map)
			.list();
	}

	long count(String regionPattern, @Nullable DepartmentKind kind, @Nullable Long onlyId) {
		Where w = where(regionPattern, kind, onlyId);
		return jdbc.sql("SELECT count(*) FROM department" + w.sql).params(w.params).query(Long.class).single();
	}

	private record Where(String sql, List<Object> params) {
	}

	private static Where where(String regionPattern, @Nullable DepartmentKind kind, @Nullable Long onlyId) {
		StringBuilder sql = new StringBuilder(" WHERE region_code LIKE ?");
		List<Object> params = new ArrayList<>(List.of(regionPattern));
		if (kind != null) {
			sql.append(" AND kind = ?");
			params.add(kind.name());
		}
		if (onlyId != null) {
			sql.append(" AND id = ?");
			params.add(onlyId);
		}
		return new Where(sql.toString(), params);
	}

	/** Inserts the department; a code taken meanwhile by a concurrent creation is a 409 as well. */
	long insert(String code, String name, DepartmentKind kind, String regionCode, String actor, Instant now) {
		try {
			return insertRow(code, name, kind, regionCode, actor, now);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new org.weijian.shared.error.ConflictException("code", "error.department.duplicate-code", code);
		}
	}

	private long insertRow(String code, String name, DepartmentKind kind, String regionCode, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO department (code, name, kind, region_code, status, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?) RETURNING id""")
			.params(code, name, kind.name(), regionCode, Timestamp.from(now), actor, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean update(long id, String name, DepartmentStatus status, int version, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE department SET name = ?, status = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(name, status.name(), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	List<DutyItem> duties(long departmentId) {
		return jdbc.sql("SELECT id, department_id, domain, duty_text, legal_basis, version FROM department_duty WHERE department_id = ? ORDER BY id")
			.param(departmentId)
			.query(DepartmentStore::mapDuty)
			.list();
	}

	Optional<DutyItem> duty(long departmentId, long dutyId) {
		return jdbc.sql("SELECT id, department_id, domain, duty_text, legal_basis, version FROM department_duty WHERE department_id = ? AND id = ?")
			.params(departmentId, dutyId)
			.query(DepartmentStore::mapDuty)
			.optional();
	}

	long insertDuty(long departmentId, SupervisionDomain domain, String text, @Nullable String legalBasis, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO department_duty (department_id, domain, duty_text, legal_basis, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(departmentId, domain.name(), text, legalBasis, Timestamp.from(now), actor, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean updateDuty(long dutyId, SupervisionDomain domain, String text, @Nullable String legalBasis, int version, String actor,
			Instant now) {
		return jdbc.sql("""
				UPDATE department_duty SET domain = ?, duty_text = ?, legal_basis = ?, updated_at = ?, updated_by = ?,
				  version = version + 1 WHERE id = ? AND version = ?""")
			.params(domain.name(), text, legalBasis, Timestamp.from(now), actor, dutyId, version)
			.update() == 1;
	}

	void deleteDuty(long dutyId) {
		jdbc.sql("DELETE FROM department_duty WHERE id = ?").param(dutyId).update();
	}

	private static DepartmentView map(ResultSet rs, int row) throws SQLException {
		return new DepartmentView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				DepartmentKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
				DepartmentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
				rs.getInt("version"));
	}

	private static DutyItem mapDuty(ResultSet rs, int row) throws SQLException {
		String basis = rs.getString("legal_basis");
		return new DutyItem(rs.getLong("id"), rs.getLong("department_id"), SupervisionDomain.valueOf(rs.getString("domain")),
				rs.getString("duty_text"), basis == null ? "" : basis, rs.getInt("version"));
	}

}
