package org.weijian.inspection.pool;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.weijian.shared.web.PageQuery;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores frozen pools, announcements, entropy entries and draws. Pools are written with PostgreSQL
 * {@code COPY} (a million subjects in seconds); nothing here updates or deletes a pool, an announcement
 * or a draw, and the database refuses it too (V720's triggers).
 */
@Repository
class PoolStore {

	private static final int CHUNK_CHARS = 4 << 20;

	private static final TypeReference<List<List<Long>>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	PoolStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
	}

	// --- pools ---------------------------------------------------------------------------------------

	void insertObjects(long planId, List<FrozenObject> objects) {
		copy("inspection_pool_object (plan_id, subject_id, subject_name, region_code, category_code, tier, tier_source, stratum)",
				objects, o -> new Object[] { planId, o.subjectId(), o.name(), o.regionCode(), o.categoryCode(), o.tier(), o.tierSource(),
						o.stratum() });
	}

	void insertInspectors(long planId, List<FrozenInspector> inspectors) {
		copy("""
				inspection_pool_inspector (plan_id, inspector_id, inspector_name, department_id, department_code, department_name,
				  jurisdiction_code, specialties, covered_categories, certificate_valid_from, certificate_valid_to, status, active)""",
				inspectors,
				i -> new Object[] { planId, i.inspectorId(), i.name(), i.departmentId(), i.departmentCode(), i.departmentName(),
						i.jurisdictionCode(), arrayLiteral(i.specialties()), arrayLiteral(i.coveredCategories()), i.certificateValidFrom(),
						i.certificateValidTo(), i.status(), i.active() });
	}

	void insertRecusals(long planId, List<long[]> pairs) {
		copy("inspection_pool_recusal (plan_id, inspector_id, subject_id)", pairs, p -> new Object[] { planId, p[0], p[1] });
	}

	List<FrozenObject> objects(long planId) {
		return jdbc.sql("""
				SELECT subject_id, subject_name, region_code, category_code, tier, tier_source, stratum
				FROM inspection_pool_object WHERE plan_id = ? ORDER BY subject_id""")
			.param(planId)
			.query((rs, i) -> new FrozenObject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7)))
			.list();
	}

	List<FrozenInspector> inspectors(long planId) {
		return jdbc.sql("""
				SELECT inspector_id, inspector_name, department_id, department_code, department_name, jurisdiction_code, specialties,
				  covered_categories, certificate_valid_from, certificate_valid_to, status, active
				FROM inspection_pool_inspector WHERE plan_id = ? ORDER BY inspector_id""")
			.param(planId)
			.query((rs, i) -> new FrozenInspector(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), strings(rs.getArray(7)), strings(rs.getArray(8)), rs.getDate(9).toLocalDate(),
					rs.getDate(10).toLocalDate(), rs.getString(11), rs.getBoolean(12)))
			.list();
	}

	List<long[]> recusals(long planId) {
		return jdbc.sql("SELECT inspector_id, subject_id FROM inspection_pool_recusal WHERE plan_id = ? ORDER BY inspector_id, subject_id")
			.param(planId)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	/** Stratum → number of pooled subjects, for the announcement and the pages. */
	List<Object[]> strataSizes(long planId) {
		return jdbc.sql("SELECT stratum, count(*) FROM inspection_pool_object WHERE plan_id = ? GROUP BY stratum ORDER BY stratum")
			.param(planId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.list();
	}

	// --- announcements -------------------------------------------------------------------------------

	void insertAnnouncement(AnnouncementRow a) {
		jdbc.sql("""
				INSERT INTO inspection_announcement (plan_id, draw_id, title, region_code, department_id, object_count, inspector_count,
				  recusal_count, object_digest, inspector_digest, body, announced_at, announced_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.planId(), a.drawId(), a.title(), a.regionCode(), a.departmentId(), a.objectCount(), a.inspectorCount(),
					a.recusalCount(), a.objectDigest(), a.inspectorDigest(), a.body(), Timestamp.from(a.announcedAt()), a.announcedBy())
			.update();
	}

	boolean announced(long planId) {
		return jdbc.sql("SELECT count(*) FROM inspection_announcement WHERE plan_id = ?").param(planId).query(Long.class).single() > 0;
	}

	Optional<AnnouncementRow> announcement(long planId) {
		return jdbc.sql(ANNOUNCEMENT + " WHERE plan_id = ?").param(planId).query(PoolStore::announcement).optional();
	}

	Optional<AnnouncementRow> announcementByDrawId(String drawId) {
		return jdbc.sql(ANNOUNCEMENT + " WHERE draw_id = ?").param(drawId).query(PoolStore::announcement).optional();
	}

	/** The public list: announced and drawn plans, newest announcement first. */
	List<PublicDrawItem> page(PageQuery page) {
		return jdbc.sql("""
				SELECT a.draw_id, a.plan_id, a.title, a.region_code, a.object_count, a.inspector_count, a.announced_at, d.drawn_at,
				  d.task_count, d.unstaffed
				FROM inspection_announcement a LEFT JOIN inspection_draw d ON d.plan_id = a.plan_id
				ORDER BY a.announced_at DESC, a.plan_id DESC LIMIT ? OFFSET ?""")
			.params(page.size(), page.offset())
			.query((rs, i) -> new PublicDrawItem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getInt(6), rs.getTimestamp(7).toInstant(), instant(rs, 8), (Integer) rs.getObject(9), (Integer) rs.getObject(10)))
			.list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM inspection_announcement").query(Long.class).single();
	}

	private static final String ANNOUNCEMENT = """
			SELECT plan_id, draw_id, title, region_code, department_id, object_count, inspector_count, recusal_count, object_digest,
			  inspector_digest, body, announced_at, announced_by FROM inspection_announcement""";

	private static AnnouncementRow announcement(ResultSet rs, int i) throws SQLException {
		return new AnnouncementRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getInt(6),
				rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getBytes(11), rs.getTimestamp(12).toInstant(),
				rs.getString(13));
	}

	// --- entropy entries -----------------------------------------------------------------------------

	long insertEntry(long planId, List<List<Long>> values, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO inspection_entropy_entry (plan_id, source_values, status, entered_by, entered_at)
				VALUES (?, ?, 'PENDING', ?, ?) RETURNING id""")
			.params(planId, json.writeValueAsString(values), actor, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** The plan's entry awaiting its checker, locked for the decision. */
	Optional<EntropyEntry> pendingForUpdate(long planId) {
		return jdbc.sql(ENTRY + " WHERE plan_id = ? AND status = 'PENDING' FOR UPDATE").param(planId).query(this::mapEntry).optional();
	}

	Optional<EntropyEntry> pending(long planId) {
		return jdbc.sql(ENTRY + " WHERE plan_id = ? AND status = 'PENDING'").param(planId).query(this::mapEntry).optional();
	}

	Optional<EntropyEntry> entry(long id) {
		return jdbc.sql(ENTRY + " WHERE id = ?").param(id).query(this::mapEntry).optional();
	}

	List<EntropyEntry> entries(long planId) {
		return jdbc.sql(ENTRY + " WHERE plan_id = ? ORDER BY id").param(planId).query(this::mapEntry).list();
	}

	boolean decide(long id, int version, EntropyEntry.Status status, String actor, Instant now, @Nullable String reason) {
		return jdbc.sql("""
				UPDATE inspection_entropy_entry SET status = ?, decided_by = ?, decided_at = ?, reject_reason = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'PENDING'""")
			.params(status.name(), actor, Timestamp.from(now), reason, id, version)
			.update() == 1;
	}

	private static final String ENTRY = """
			SELECT id, plan_id, source_values, status, entered_by, entered_at, decided_by, decided_at, reject_reason, version
			FROM inspection_entropy_entry""";

	private EntropyEntry mapEntry(ResultSet rs, int i) throws SQLException {
		return new EntropyEntry(rs.getLong(1), rs.getLong(2), json.readValue(rs.getString(3), VALUES),
				EntropyEntry.Status.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
				instant(rs, 8), rs.getString(9), rs.getInt(10));
	}

	// --- draws ---------------------------------------------------------------------------------------

	void insertDraw(DrawRow d) {
		jdbc.sql("""
				INSERT INTO inspection_draw (plan_id, draw_id, entry_id, draw_key, record, record_sha256, task_count, unstaffed,
				  entered_by, confirmed_by, drawn_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.planId(), d.drawId(), d.entryId(), d.key(), d.record(), d.recordSha256(), d.taskCount(), d.unstaffed(),
					d.enteredBy(), d.confirmedBy(), Timestamp.from(d.drawnAt()))
			.update();
	}

	boolean drawn(long planId) {
		return jdbc.sql("SELECT count(*) FROM inspection_draw WHERE plan_id = ?").param(planId).query(Long.class).single() > 0;
	}

	Optional<DrawRow> draw(long planId) {
		return jdbc.sql(DRAW + " WHERE plan_id = ?").param(planId).query(PoolStore::draw).optional();
	}

	Optional<DrawRow> drawByDrawId(String drawId) {
		return jdbc.sql(DRAW + " WHERE draw_id = ?").param(drawId).query(PoolStore::draw).optional();
	}

	private static final String DRAW = """
			SELECT plan_id, draw_id, entry_id, draw_key, record, record_sha256, task_count, unstaffed, entered_by, confirmed_by, drawn_at
			FROM inspection_draw""";

	private static DrawRow draw(ResultSet rs, int i) throws SQLException {
		return new DrawRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBytes(5), rs.getString(6),
				rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant());
	}

	// --- helpers -------------------------------------------------------------------------------------

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static String arrayLiteral(List<String> items) {
		StringBuilder b = new StringBuilder("{");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			b.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return b.append('}').toString();
	}

	/** {@code COPY table FROM STDIN (FORMAT csv)} on the current transaction's connection, in chunks. */
	private <T> void copy(String target, List<T> rows, Function<T, Object[]> columns) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "COPY " + target + " FROM STDIN (FORMAT csv)";
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var api = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder buffer = new StringBuilder(1 << 16);
			for (T row : rows) {
				Object[] values = columns.apply(row);
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						buffer.append(',');
					}
					csv(buffer, values[i]);
				}
				buffer.append('\n');
				if (buffer.length() > CHUNK_CHARS) {
					api.copyIn(sql, new StringReader(buffer.toString()));
					buffer.setLength(0);
				}
			}
			if (buffer.length() > 0) {
				api.copyIn(sql, new StringReader(buffer.toString()));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into " + target.substring(0, target.indexOf(' ')) + " failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("COPY failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void csv(StringBuilder b, @Nullable Object value) {
		if (value == null) {
			return;
		}
		String s = value instanceof Date d ? d.toString() : value.toString();
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"') {
				b.append('"');
			}
			b.append(c);
		}
		b.append('"');
	}

}
