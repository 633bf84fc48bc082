package org.weijian.identity;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Reads the audit trail, newest first, limited to the reader's region. */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	AuditLog(JdbcClient jdbc, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	public PageResult<AuditEntry> page(@Nullable String entityType, @Nullable String entityId, PageQuery query) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		DataScope scope = currentUsers.scope();
		if (!scope.unrestrictedRegion()) {
			where.append(" AND region_code LIKE ?");
			params.add(scope.regionPattern());
		}
		if (entityType != null && !entityType.isBlank()) {
			where.append(" AND entity_type = ?");
			params.add(entityType);
		}
		if (entityId != null && !entityId.isBlank()) {
			where.append(" AND entity_id = ?");
			params.add(entityId);
		}
		long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add(query.offset());
		List<AuditEntry> items = jdbc.sql("SELECT id, occurred_at, actor, action, entity_type, entity_id, region_code, "
				+ "before_state::text AS b, after_state::text AS a FROM audit_event" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", Timestamp.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("region_code"), rs.getString("b"), rs.getString("a")))
			.list();
		return PageResult.of(items, query, total);
	}

}
