package org.weijian.registry.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.identity.DataScope;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores registration requests and their history; writes come from {@link RegistrationDesk} only. */
@Repository
public class RegistrationRepository {

	private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
	};

	private static final String SELECT = """
			SELECT r.*, r.payload::text AS payload_text, s.name AS holder_name, s.region_code AS holder_region
			FROM registration_request r JOIN subject s ON s.id = r.holder_id
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RegistrationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<RegistrationView> find(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(this::map).optional();
	}

	long insert(long holderId, RegistrationKind kind, @Nullable Long licenceId, Map<String, String> payload, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO registration_request (holder_id, kind, status, licence_id, payload, filed_by, filed_at, created_at,
				  created_by, updated_at, updated_by)
				VALUES (?, ?, 'PENDING', ?, ?::jsonb, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(holderId, kind.name(), licenceId, json.writeValueAsString(payload), actor, Timestamp.from(now), Timestamp.from(now),
					actor, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean decide(long id, int version, RegistrationStatus status, String actor, Instant now, @Nullable String returnReason,
			@Nullable Long licenceId) {
		return jdbc.sql("""
				UPDATE registration_request SET status = ?, decided_by = ?, decided_at = ?, return_reason = ?,
				  licence_id = COALESCE(?, licence_id), updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(status.name(), actor, Timestamp.from(now), returnReason, licenceId, Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	boolean withdraw(long id, int version, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE registration_request SET status = 'WITHDRAWN', updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	boolean resubmit(long id, int version, Map<String, String> payload, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE registration_request SET status = 'PENDING', payload = ?::jsonb, return_reason = NULL, decided_by = NULL,
				  decided_at = NULL, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(json.writeValueAsString(payload), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	void append(long requestId, RegistrationEvent.Action action, String actor, Instant at, @Nullable String note) {
		jdbc.sql("INSERT INTO registration_event (request_id, action, occurred_at, actor, note) VALUES (?, ?, ?, ?, ?)")
			.params(requestId, action.name(), Timestamp.from(at), actor, note)
			.update();
	}

	public List<RegistrationEvent> events(long requestId) {
		return jdbc.sql("SELECT * FROM registration_event WHERE request_id = ? ORDER BY id")
			.param(requestId)
			.query((rs, n) -> new RegistrationEvent(rs.getLong("id"), rs.getLong("request_id"),
					RegistrationEvent.Action.valueOf(rs.getString("action")), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("note")))
			.list();
	}

	/** The queue: pending requests first, then the rest; oldest first within each. */
	public PageResult<RegistrationView> page(RegistrationFilter filter, DataScope scope, PageQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, scope, params);
		long total = jdbc.sql("SELECT count(*) FROM registration_request r JOIN subject s ON s.id = r.holder_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add(query.offset());
		List<RegistrationView> items = jdbc
			.sql(SELECT + where + " ORDER BY (r.status = 'PENDING') DESC, r.filed_at, r.id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(this::map)
			.list();
		return PageResult.of(items, query, total);
	}

	public long count(RegistrationFilter filter, DataScope scope) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, scope, params);
		return jdbc.sql("SELECT count(*) FROM registration_request r JOIN subject s ON s.id = r.holder_id" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(RegistrationFilter f, DataScope scope, List<Object> params) {
		StringBuilder w = new StringBuilder(" WHERE s.region_code LIKE ?");
		params.add(scope.regionPattern());
		if (scope.institutionId() != null) {
			w.append(" AND r.holder_id = ?");
			params.add(scope.institutionId());
		}
		if (f.status() != null) {
			w.append(" AND r.status = ?");
			params.add(f.status().name());
		}
		if (f.kind() != null) {
			w.append(" AND r.kind = ?");
			params.add(f.kind().name());
		}
		if (f.holderId() != null) {
			w.append(" AND r.holder_id = ?");
			params.add(f.holderId());
		}
		return w.toString();
	}

	private RegistrationView map(ResultSet rs, int row) throws SQLException {
		long licence = rs.getLong("licence_id");
		Long licenceId = rs.wasNull() ? null : licence;
		Timestamp decided = rs.getTimestamp("decided_at");
		return new RegistrationView(rs.getLong("id"), rs.getLong("holder_id"), rs.getString("holder_name"), rs.getString("holder_region"),
				RegistrationKind.valueOf(rs.getString("kind")), RegistrationStatus.valueOf(rs.getString("status")), licenceId,
				json.readValue(rs.getString("payload_text"), PAYLOAD), rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant(),
				rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("return_reason"),
				rs.getInt("version"));
	}

}
