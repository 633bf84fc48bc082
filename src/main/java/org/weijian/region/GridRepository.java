package org.weijian.region;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grids and their staff in {@code grid} and {@code grid_staff}; staff are read and written through their grid. */
@Repository
class GridRepository {

	private static final String GRID = "SELECT id, code, name, town_code, status, version FROM grid ";

	private static final String STAFF = "SELECT id, grid_id, name, phone_masked, role, from_date, to_date, active FROM grid_staff ";

	private final JdbcClient jdbc;

	GridRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Grid> find(long id) {
		return jdbc.sql(GRID + "WHERE id = ?").param(id).query(GridRepository::grid).optional();
	}

	/** The grid, locked until the transaction ends, so staff changes and retirement do not race. */
	Optional<Grid> lock(long id) {
		return jdbc.sql(GRID + "WHERE id = ? FOR UPDATE").param(id).query(GridRepository::grid).optional();
	}

	List<Grid> inTown(String townCode) {
		return jdbc.sql(GRID + "WHERE town_code = ? ORDER BY code").param(townCode).query(GridRepository::grid).list();
	}

	/** Grids whose town code starts with both prefixes (the region asked for and the caller's scope). */
	List<Grid> within(String regionPrefix, String scopePrefix, int limit, long offset) {
		return jdbc.sql(GRID + "WHERE town_code LIKE ? AND town_code LIKE ? ORDER BY code LIMIT ? OFFSET ?")
			.params(regionPrefix + "%", scopePrefix + "%", limit, offset)
			.query(GridRepository::grid)
			.list();
	}

	long countWithin(String regionPrefix, String scopePrefix) {
		return jdbc.sql("SELECT count(*) FROM grid WHERE town_code LIKE ? AND town_code LIKE ?")
			.params(regionPrefix + "%", scopePrefix + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * Locks the town's row so that two creations in one town take turns, then answers the highest
	 * sequence handed out there so far (retired grids included: codes are never reused).
	 */
	int lockTownAndLastSequence(String townCode) {
		jdbc.sql("SELECT code FROM region WHERE code = ? FOR UPDATE").param(townCode).query(String.class).single();
		return jdbc.sql("SELECT coalesce(max(substr(code, 10)::int), 0) FROM grid WHERE town_code = ?")
			.param(townCode)
			.query(Integer.class)
			.single();
	}

	boolean activeNameTaken(String townCode, String name) {
		return jdbc.sql("SELECT count(*) FROM grid WHERE town_code = ? AND name = ? AND status = 'ACTIVE'")
			.params(townCode, name)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String code, String name, String townCode, String actor, Instant at) {
		return jdbc.sql("""
				INSERT INTO grid (code, name, town_code, created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(code, name, townCode, Timestamp.from(at), actor)
			.query(Long.class)
			.single();
	}

	boolean retire(long id, int version, String actor, Instant at) {
		return jdbc.sql("""
				UPDATE grid SET status = 'RETIRED', retired_at = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'ACTIVE'""")
			.params(Timestamp.from(at), Timestamp.from(at), actor, id, version)
			.update() == 1;
	}

	List<GridStaff> staff(long gridId) {
		return jdbc.sql(STAFF + "WHERE grid_id = ? ORDER BY active DESC, role, from_date, id")
			.param(gridId)
			.query(GridRepository::staff)
			.list();
	}

	Optional<GridStaff> findStaff(long staffId) {
		return jdbc.sql(STAFF + "WHERE id = ?").param(staffId).query(GridRepository::staff).optional();
	}

	long activeStaff(long gridId) {
		return jdbc.sql("SELECT count(*) FROM grid_staff WHERE grid_id = ? AND active").param(gridId).query(Long.class).single();
	}

	boolean hasActiveLeader(long gridId) {
		return jdbc.sql("SELECT count(*) FROM grid_staff WHERE grid_id = ? AND active AND role = 'GRID_LEADER'")
			.param(gridId)
			.query(Long.class)
			.single() > 0;
	}

	boolean activeWithPhone(long gridId, String phoneIndex) {
		return jdbc.sql("SELECT count(*) FROM grid_staff WHERE grid_id = ? AND active AND phone_index = ?")
			.params(gridId, phoneIndex)
			.query(Long.class)
			.single() > 0;
	}

	long insertStaff(long gridId, String name, byte[] phoneCipher, String phoneIndex, String phoneMasked, GridRole role,
			LocalDate from, String actor, Instant at) {
		return jdbc.sql("""
				INSERT INTO grid_staff (grid_id, name, phone_cipher, phone_index, phone_masked, role, from_date, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(gridId, name, phoneCipher, phoneIndex, phoneMasked, role.name(), Date.valueOf(from), Timestamp.from(at), actor)
			.query(Long.class)
			.single();
	}

	boolean endStaff(long staffId, LocalDate to, String actor, Instant at) {
		return jdbc.sql("""
				UPDATE grid_staff SET active = false, to_date = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND active""")
			.params(Date.valueOf(to), Timestamp.from(at), actor, staffId)
			.update() == 1;
	}

	private static Grid grid(ResultSet rs, int row) throws SQLException {
		return new Grid(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("town_code"),
				GridStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

	private static GridStaff staff(ResultSet rs, int row) throws SQLException {
		Date to = rs.getDate("to_date");
		return new GridStaff(rs.getLong("id"), rs.getLong("grid_id"), rs.getString("name"), rs.getString("phone_masked"),
				GridRole.valueOf(rs.getString("role")), rs.getDate("from_date").toLocalDate(), to == null ? null : to.toLocalDate(),
				rs.getBoolean("active"));
	}

}
