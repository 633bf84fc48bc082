package org.weijian.registry.licence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.identity.DataScope;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceView;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Stores licences and their history; writes come from {@link LicenceAdministration} only. */
@Repository
public class LicenceRepository {

	/** A licence ready to be written. */
	record Row(String kindCode, long holderId, String number, LocalDate issueDate, LocalDate validFrom, LocalDate validTo,
			@Nullable Integer approvedBeds, @Nullable String scope, @Nullable LocalDate lastVerifiedOn,
			@Nullable LocalDate nextVerificationDue, LicenceStatus status) {
	}

	/** An event ready to be appended. */
	record NewEvent(long licenceId, LicenceEvent.Type type, String actor, Instant at, @Nullable String reason,
			@Nullable String before, @Nullable String after) {
	}

	private static final String SELECT = """
			SELECT l.*, k.name_zh AS kind_name_zh, k.name_en AS kind_name_en, s.name AS holder_name, s.region_code AS holder_region
			FROM licence l JOIN licence_kind k ON k.code = l.kind_code JOIN subject s ON s.id = l.holder_id
			""";

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	LicenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<LicenceView> find(long id) {
		return jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query(LicenceRepository::map).optional();
	}

	public boolean numberTaken(String kindCode, String number) {
		return jdbc.sql("SELECT count(*) FROM licence WHERE kind_code = ? AND number = ?")
			.params(kindCode, number)
			.query(Long.class)
			.single() > 0;
	}

	/** Which of {@code numbers} a licence of the kind already carries. */
	java.util.Set<String> takenNumbers(String kindCode, java.util.Collection<String> numbers) {
		java.util.Set<String> taken = new java.util.HashSet<>();
		List<String> list = List.copyOf(numbers);
		for (int from = 0; from < list.size(); from += 1000) {
			String[] chunk = list.subList(from, Math.min(list.size(), from + 1000)).toArray(String[]::new);
			taken.addAll(jdbc.sql("SELECT number FROM licence WHERE kind_code = ? AND number = ANY(?)")
				.params(kindCode, chunk)
				.query(String.class)
				.list());
		}
		return taken;
	}

	/** Writes the rows in multi-row statements; answers the new ids in the rows' order. */
	List<Long> insertAll(List<Row> rows, String actor, Instant now) {
		List<Long> ids = new ArrayList<>(rows.size());
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			StringBuilder sql = new StringBuilder("""
					INSERT INTO licence (kind_code, holder_id, number, issue_date, valid_from, valid_to, approved_beds, scope_text,
					  last_verified_on, next_verification_due, status, created_at, created_by, updated_at, updated_by) VALUES
					""");
			List<Object> params = new ArrayList<>(chunk.size() * 15);
			for (int i = 0; i < chunk.size(); i++) {
				Row r = chunk.get(i);
				sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
				params.addAll(java.util.Arrays.asList(r.kindCode(), r.holderId(), r.number(), Date.valueOf(r.issueDate()),
						Date.valueOf(r.validFrom()), Date.valueOf(r.validTo()), r.approvedBeds(), r.scope(), date(r.lastVerifiedOn()),
						date(r.nextVerificationDue()), r.status().name(), Timestamp.from(now), actor, Timestamp.from(now), actor));
			}
			sql.append(" RETURNING id, kind_code, number");
			Map<String, Long> byKey = new HashMap<>();
			jdbc.sql(sql.toString()).params(params).query((rs, n) -> byKey.put(rs.getString(2) + "\u0000" + rs.getString(3), rs.getLong(1))).list();
			chunk.forEach(r -> ids.add(byKey.get(r.kindCode() + "\u0000" + r.number())));
		}
		return ids;
	}

	void appendAll(List<NewEvent> events) {
		for (int from = 0; from < events.size(); from += BATCH) {
			List<NewEvent> chunk = events.subList(from, Math.min(events.size(), from + BATCH));
			StringBuilder sql = new StringBuilder(
					"INSERT INTO licence_event (licence_id, type, occurred_at, actor, reason, before, after) VALUES ");
			List<Object> params = new ArrayList<>(chunk.size() * 7);
			for (int i = 0; i < chunk.size(); i++) {
				NewEvent e = chunk.get(i);
				sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?::jsonb,?::jsonb)");
				params.addAll(java.util.Arrays.asList(e.licenceId(), e.type().name(), Timestamp.from(e.at()), e.actor(), e.reason(),
						e.before(), e.after()));
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	void append(NewEvent event) {
		appendAll(List.of(event));
	}

	public List<LicenceEvent> events(long licenceId) {
		return jdbc.sql("SELECT id, licence_id, type, occurred_at, actor, reason, before::text AS b, after::text AS a "
				+ "FROM licence_event WHERE licence_id = ? ORDER BY id DESC")
			.param(licenceId)
			.query((rs, n) -> new LicenceEvent(rs.getLong("id"), rs.getLong("licence_id"), LicenceEvent.Type.valueOf(rs.getString("type")),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("reason"), rs.getString("b"),
					rs.getString("a")))
			.list();
	}

	boolean updateStatus(long id, int version, LicenceStatus status, String actor, Instant now) {
		return jdbc.sql("UPDATE licence SET status = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	boolean updateVerification(long id, int version, LocalDate verifiedOn, @Nullable LocalDate nextDue, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE licence SET last_verified_on = ?, next_verification_due = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(Date.valueOf(verifiedOn), date(nextDue), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	boolean updateTerms(long id, int version, @Nullable Integer approvedBeds, @Nullable String scope, @Nullable LocalDate nextDue,
			String actor, Instant now) {
		return jdbc.sql("""
				UPDATE licence SET approved_beds = ?, scope_text = ?, next_verification_due = ?, updated_at = ?, updated_by = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""")
			.params(approvedBeds, scope, date(nextDue), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	boolean updateValidity(long id, int version, LocalDate validTo, LicenceStatus status, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE licence SET valid_to = ?, status = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(Date.valueOf(validTo), status.name(), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	/** Live licences whose validity ended before {@code today}, oldest first. */
	List<LicenceView> liveEndedBefore(LocalDate today, int limit) {
		return jdbc.sql(SELECT + " WHERE l.status IN ('VALID', 'SUSPENDED') AND l.valid_to < ? ORDER BY l.valid_to, l.id LIMIT ?")
			.params(Date.valueOf(today), limit)
			.query(LicenceRepository::map)
			.list();
	}

	public PageResult<LicenceView> page(LicenceFilter filter, DataScope scope, LocalDate today, PageQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, scope, today, params);
		long total = jdbc.sql("SELECT count(*) FROM licence l JOIN subject s ON s.id = l.holder_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		String order = filter.dueWithinDays() != null ? " ORDER BY l.next_verification_due, l.id"
				: filter.expiringWithinDays() != null ? " ORDER BY l.valid_to, l.id" : " ORDER BY l.id DESC";
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add(query.offset());
		List<LicenceView> items = jdbc.sql(SELECT + where + order + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(LicenceRepository::map)
			.list();
		return PageResult.of(items, query, total);
	}

	public long count(LicenceFilter filter, DataScope scope, LocalDate today) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, scope, today, params);
		return jdbc.sql("SELECT count(*) FROM licence l JOIN subject s ON s.id = l.holder_id" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Live licences whose 校验 fell due before {@code today}. */
	public long countOverdue(DataScope scope, LocalDate today) {
		List<Object> params = new ArrayList<>();
		String where = where(LicenceFilter.ALL, scope, today, params)
				+ " AND l.status IN ('VALID', 'SUSPENDED') AND l.next_verification_due < ?";
		params.add(Date.valueOf(today));
		return jdbc.sql("SELECT count(*) FROM licence l JOIN subject s ON s.id = l.holder_id" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(LicenceFilter f, DataScope scope, LocalDate today, List<Object> params) {
		StringBuilder w = new StringBuilder(" WHERE s.region_code LIKE ?");
		params.add(scope.regionPattern());
		if (scope.institutionId() != null) {
			w.append(" AND l.holder_id = ?");
			params.add(scope.institutionId());
		}
		if (f.holderId() != null) {
			w.append(" AND l.holder_id = ?");
			params.add(f.holderId());
		}
		if (f.kindCode() != null) {
			w.append(" AND l.kind_code = ?");
			params.add(f.kindCode());
		}
		if (f.status() != null) {
			w.append(" AND l.status = ?");
			params.add(f.status().name());
		}
		if (f.dueWithinDays() != null) {
			w.append(" AND l.status IN ('VALID', 'SUSPENDED') AND l.next_verification_due <= ?");
			params.add(Date.valueOf(today.plusDays(f.dueWithinDays())));
		}
		if (f.expiringWithinDays() != null) {
			w.append(" AND l.status IN ('VALID', 'SUSPENDED') AND l.valid_to >= ? AND l.valid_to <= ?");
			params.add(Date.valueOf(today));
			params.add(Date.valueOf(today.plusDays(f.expiringWithinDays())));
		}
		if (f.numberPrefix() != null) {
			w.append(" AND l.number LIKE ?");
			params.add(f.numberPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return w.toString();
	}

	private static @Nullable Date date(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	static LicenceView map(ResultSet rs, int row) throws SQLException {
		int beds = rs.getInt("approved_beds");
		Integer approvedBeds = rs.wasNull() ? null : beds;
		return new LicenceView(rs.getLong("id"), rs.getString("kind_code"), rs.getString("kind_name_zh"), rs.getString("kind_name_en"),
				rs.getLong("holder_id"), rs.getString("holder_name"), rs.getString("holder_region"), rs.getString("number"),
				rs.getDate("issue_date").toLocalDate(), rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(),
				approvedBeds, rs.getString("scope_text"), localDate(rs, "last_verified_on"), localDate(rs, "next_verification_due"),
				LicenceStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

}
