package org.weijian.agency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the link between an inspector and the login account they work under ({@code inspector.account_username}). */
@Repository
class InspectorAccounts {

	private final JdbcClient jdbc;

	InspectorAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> accountOf(long inspectorId) {
		return jdbc.sql("SELECT account_username FROM inspector WHERE id = ?")
			.param(inspectorId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(o -> o);
	}

	Optional<Long> inspectorOf(String username) {
		return jdbc.sql("SELECT id FROM inspector WHERE account_username = ?").param(username).query(Long.class).optional();
	}

	/** Sets or clears the link; a concurrent link of the same account to another inspector is a 409. */
	void link(long inspectorId, @Nullable String username, String actor, Instant now) {
		try {
			jdbc.sql("UPDATE inspector SET account_username = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?")
				.params(username, Timestamp.from(now), actor, inspectorId)
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new org.weijian.shared.error.ConflictException("username", "error.inspector.account-taken", username);
		}
	}

}
