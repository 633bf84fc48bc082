package org.weijian.agency;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's rule table {@code agency_rule}. */
@Repository
class RuleStore {

	private static final String SELECT = "SELECT code, min_value, max_value, unit, legal_basis, notes, verified, updated_at, updated_by, version FROM agency_rule";

	private final JdbcClient jdbc;

	RuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StaffingStandard> all() {
		return jdbc.sql(SELECT + " ORDER BY code").query(RuleStore::map).list();
	}

	Optional<StaffingStandard> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(RuleStore::map).optional();
	}

	boolean update(String code, BigDecimal min, @Nullable BigDecimal max, String legalBasis, @Nullable String notes, boolean verified,
			int version, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE agency_rule SET min_value = ?, max_value = ?, legal_basis = ?, notes = ?, verified = ?, updated_at = ?,
				  updated_by = ?, version = version + 1 WHERE code = ? AND version = ?""")
			.params(min, max, legalBasis, notes, verified, Timestamp.from(now), actor, code, version)
			.update() == 1;
	}

	private static StaffingStandard map(ResultSet rs, int row) throws SQLException {
		return new StaffingStandard(rs.getString("code"), rs.getBigDecimal("min_value").stripTrailingZeros(),
				rs.getBigDecimal("max_value") == null ? null : rs.getBigDecimal("max_value").stripTrailingZeros(), rs.getString("unit"),
				rs.getString("legal_basis"), rs.getString("notes"), rs.getBoolean("verified"), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"), rs.getInt("version"));
	}

}
