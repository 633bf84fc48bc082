package org.weijian.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores accounts in {@code app_user}. */
@Repository
class Accounts {

	private static final String COLUMNS = "id, username, display_name, password_hash, roles, scope_region, scope_region_prefix, "
			+ "scope_department_id, scope_institution_id, enabled, failed_attempts, locked_until, version";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> byUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?").param(username).query(Accounts::map).optional();
	}

	Optional<Account> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(Accounts::map).optional();
	}

	List<Account> page(String regionPattern, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE coalesce(scope_region, '') LIKE ? ORDER BY username LIMIT ? OFFSET ?")
			.params(regionPattern, limit, offset)
			.query(Accounts::map)
			.list();
	}

	long count(String regionPattern) {
		return jdbc.sql("SELECT count(*) FROM app_user WHERE coalesce(scope_region, '') LIKE ?").param(regionPattern).query(Long.class).single();
	}

	boolean exists(String username) {
		return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
	}

	long insert(String username, String displayName, String passwordHash, Set<Role> roles, DataScope scope, String actor,
			Instant now) {
		return jdbc.sql("""
				INSERT INTO app_user (username, display_name, password_hash, roles, scope_region, scope_region_prefix,
				  scope_department_id, scope_institution_id, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(username, displayName, passwordHash, rolesLiteral(roles), scope.regionCode(), scope.regionPrefix(),
					scope.departmentId(), scope.institutionId(), Timestamp.from(now), actor, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean update(Account a, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE app_user SET display_name = ?, roles = ?::text[], scope_region = ?, scope_region_prefix = ?,
				  scope_department_id = ?, scope_institution_id = ?, enabled = ?, updated_at = ?, updated_by = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""")
			.params(a.displayName(), rolesLiteral(a.roles()), a.scope().regionCode(), a.scope().regionPrefix(),
					a.scope().departmentId(), a.scope().institutionId(), a.enabled(), Timestamp.from(now), actor, a.id(),
					a.version())
			.update() == 1;
	}

	void changePassword(long id, String hash, String actor, Instant now) {
		jdbc.sql("UPDATE app_user SET password_hash = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?")
			.params(hash, Timestamp.from(now), actor, id)
			.update();
	}

	void recordFailure(String username, int maxAttempts, Instant lockUntil) {
		jdbc.sql("""
				UPDATE app_user SET failed_attempts = failed_attempts + 1,
				  locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
				WHERE username = ?""")
			.params(maxAttempts, Timestamp.from(lockUntil), username)
			.update();
	}

	void recordSuccess(String username) {
		jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
			.param(username)
			.update();
	}

	private static String rolesLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		String region = rs.getString("scope_region");
		DataScope scope = new DataScope(region, rs.getString("scope_region_prefix"), nullableLong(rs, "scope_department_id"),
				nullableLong(rs, "scope_institution_id"));
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), roles, scope, rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				locked == null ? null : locked.toInstant(), rs.getInt("version"));
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

}
