package org.weijian.inspection.recusal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code inspection_recusal}. */
@Repository
class RecusalStore {

	/** Up to this many inspector ids are asked for by id; more are answered by one scan of the active pairs. */
	static final int BY_ID_LIMIT = 20_000;

	private static final String COLUMNS = "id, inspector_id, inspector_name, subject_id, subject_name, region_code, reason, declared_at, "
			+ "declared_by, withdrawn_at, withdrawn_by, withdrawal_reason, version";

	private final JdbcClient jdbc;

	RecusalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewRecusal(long inspectorId, String inspectorName, long subjectId, String subjectName, String regionCode, String reason) {
	}

	record Query(String regionPattern, @Nullable Long inspectorId, @Nullable Long subjectId, boolean activeOnly) {
	}

	long insert(NewRecusal r, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO inspection_recusal (inspector_id, inspector_name, subject_id, subject_name, region_code, reason, declared_at,
				  declared_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(r.inspectorId(), r.inspectorName(), r.subjectId(), r.subjectName(), r.regionCode(), r.reason(), Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean activeExists(long inspectorId, long subjectId) {
		return jdbc.sql("SELECT count(*) FROM inspection_recusal WHERE inspector_id = ? AND subject_id = ? AND withdrawn_at IS NULL")
			.params(inspectorId, subjectId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<RecusalView> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_recusal WHERE id = ?").param(id).query(RecusalStore::map).optional();
	}

	boolean withdraw(long id, int version, String reason, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE inspection_recusal SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?, version = version + 1
				WHERE id = ? AND version = ? AND withdrawn_at IS NULL""")
			.params(Timestamp.from(now), actor, reason, id, version)
			.update() == 1;
	}

	Set<RecusalPair> activePairs(Collection<Long> inspectorIds) {
		Set<RecusalPair> out = new HashSet<>();
		if (inspectorIds.isEmpty()) {
			return out;
		}
		if (inspectorIds.size() <= BY_ID_LIMIT) {
			jdbc.sql("SELECT inspector_id, subject_id FROM inspection_recusal WHERE withdrawn_at IS NULL AND inspector_id = ANY(?)")
				.param(inspectorIds.toArray(Long[]::new))
				.query(rs -> {
					out.add(new RecusalPair(rs.getLong(1), rs.getLong(2)));
				});
			return out;
		}
		Set<Long> wanted = inspectorIds instanceof Set<Long> set ? set : new HashSet<>(inspectorIds);
		jdbc.sql("SELECT inspector_id, subject_id FROM inspection_recusal WHERE withdrawn_at IS NULL").query(rs -> {
			if (wanted.contains(rs.getLong(1))) {
				out.add(new RecusalPair(rs.getLong(1), rs.getLong(2)));
			}
		});
		return out;
	}

	List<RecusalView> page(Query q, int limit, long offset) {
		Where w = where(q);
		List<Object> params = new ArrayList<>(w.params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_recusal WHERE " + w.sql + " ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(RecusalStore::map)
			.list();
	}

	long count(Query q) {
		Where w = where(q);
		return jdbc.sql("SELECT count(*) FROM inspection_recusal WHERE " + w.sql).params(w.params).query(Long.class).single();
	}

	private record Where(String sql, List<Object> params) {
	}

	private static Where where(Query q) {
		StringBuilder sql = new StringBuilder("region_code LIKE ?");
		List<Object> params = new ArrayList<>(List.of(q.regionPattern()));
		if (q.inspectorId() != null) {
			sql.append(" AND inspector_id = ?");
			params.add(q.inspectorId());
		}
		if (q.subjectId() != null) {
			sql.append(" AND subject_id = ?");
			params.add(q.subjectId());
		}
		if (q.activeOnly()) {
			sql.append(" AND withdrawn_at IS NULL");
		}
		return new Where(sql.toString(), params);
	}

	private static RecusalView map(ResultSet rs, int n) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new RecusalView(rs.getLong("id"), rs.getLong("inspector_id"), rs.getString("inspector_name"), rs.getLong("subject_id"),
				rs.getString("subject_name"), rs.getString("region_code"), rs.getString("reason"), rs.getTimestamp("declared_at").toInstant(),
				rs.getString("declared_by"), withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_by"),
				rs.getString("withdrawal_reason"), rs.getInt("version"), withdrawn == null);
	}

}
