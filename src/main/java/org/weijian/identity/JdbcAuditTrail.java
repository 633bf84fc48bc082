package org.weijian.identity;

import java.sql.Timestamp;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit entries to {@code audit_event} in the caller's transaction. */
@Component
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, CurrentUsers currentUsers, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, String entityId, @Nullable String regionCode, @Nullable Object before,
			@Nullable Object after) {
		jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, region_code, before_state, after_state)
				VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
			.params(Timestamp.from(clock.instant()), currentUsers.actorName(), action, entityType, entityId, regionCode,
					toJson(before), toJson(after))
			.update();
	}

	private @Nullable String toJson(@Nullable Object state) {
		return state == null ? null : json.writeValueAsString(state);
	}

}
