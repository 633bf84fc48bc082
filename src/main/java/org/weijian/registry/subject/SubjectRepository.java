package org.weijian.registry.subject;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores subjects in {@code subject}; writes always go through {@link SubjectRegistration}. */
@Repository
public class SubjectRepository {

	static final String COLUMNS = "id, kind, category_code, name, uscc, region_code, grid_id, address, legal_representative, "
			+ "principal, status, grade, ownership, for_profit, licence_reg_no, beds, practice_subjects, attributes::text AS attrs, "
			+ "created_at, created_by, updated_at, updated_by, version";

	private static final TypeReference<Map<String, String>> ATTRS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SubjectRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<SubjectRecord> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subject WHERE id = ?").param(id).query(this::map).optional();
	}

	public Optional<Long> idByUscc(String uscc) {
		return jdbc.sql("SELECT id FROM subject WHERE uscc = ?::bpchar").param(uscc).query(Long.class).optional();
	}

	public Optional<Long> idByLicenceRegNo(String no) {
		return jdbc.sql("SELECT id FROM subject WHERE licence_reg_no = ?").param(no).query(Long.class).optional();
	}

	long insert(ValidSubject s, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO subject (kind, category_code, name, name_grams, uscc, region_code, grid_id, address,
				  legal_representative, principal, status, grade, ownership, for_profit, licence_reg_no, beds,
				  practice_subjects, attributes, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, 'OPERATING', ?, ?, ?, ?, ?, ?::text[], ?::jsonb, ?, ?, ?, ?)
				RETURNING id""")
			.params(values(s, actor, now, true))
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, ValidSubject s, String actor, Instant now) {
		List<Object> params = values(s, actor, now, false);
		params.add(id);
		params.add(version);
		return jdbc.sql("""
				UPDATE subject SET kind = ?, category_code = ?, name = ?, name_grams = ?::text[], uscc = ?, region_code = ?,
				  grid_id = ?, address = ?, legal_representative = ?, principal = ?, grade = ?, ownership = ?, for_profit = ?,
				  licence_reg_no = ?, beds = ?, practice_subjects = ?::text[], attributes = ?::jsonb, updated_at = ?,
				  updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(params)
			.update() == 1;
	}

	boolean updateStatus(long id, int version, SubjectStatus status, String actor, Instant now) {
		return jdbc.sql("UPDATE subject SET status = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	private List<Object> values(ValidSubject s, String actor, Instant now, boolean insert) {
		List<Object> p = new java.util.ArrayList<>(Arrays.asList(s.kind().name(), s.categoryCode(), s.name(),
				arrayLiteral(NameGrams.of(s.name())), s.uscc(), s.regionCode(), s.gridId(), s.address(), s.legalRepresentative(),
				s.principal(), s.grade() == null ? null : s.grade().name(), s.ownership() == null ? null : s.ownership().name(),
				s.forProfit(), s.licenceRegNo(), s.beds(), arrayLiteral(s.practiceSubjects()), json.writeValueAsString(s.attributes())));
		if (insert) {
			p.addAll(Arrays.asList(Timestamp.from(now), actor, Timestamp.from(now), actor));
		}
		else {
			p.addAll(Arrays.asList(Timestamp.from(now), actor));
		}
		return p;
	}

	/** A PostgreSQL array literal with every element quoted and escaped. */
	public static String arrayLiteral(List<String> items) {
		StringBuilder b = new StringBuilder("{");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			b.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return b.append('}').toString();
	}

	SubjectRecord map(ResultSet rs, int row) throws SQLException {
		Array subjects = rs.getArray("practice_subjects");
		String grade = rs.getString("grade");
		String ownership = rs.getString("ownership");
		return new SubjectRecord(rs.getLong("id"), SubjectKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
				rs.getString("name"), rs.getString("uscc"), rs.getString("region_code"), nullableLong(rs, "grid_id"),
				rs.getString("address"), rs.getString("legal_representative"), rs.getString("principal"),
				SubjectStatus.valueOf(rs.getString("status")), grade == null ? null : InstitutionGrade.valueOf(grade),
				ownership == null ? null : Ownership.valueOf(ownership), nullableBoolean(rs, "for_profit"),
				rs.getString("licence_reg_no"), nullableInt(rs, "beds"),
				subjects == null ? List.of() : List.of((String[]) subjects.getArray()), json.readValue(rs.getString("attrs"), ATTRS),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"), rs.getInt("version"));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String c) throws SQLException {
		long v = rs.getLong(c);
		return rs.wasNull() ? null : v;
	}

	private static @Nullable Integer nullableInt(ResultSet rs, String c) throws SQLException {
		int v = rs.getInt(c);
		return rs.wasNull() ? null : v;
	}

	private static @Nullable Boolean nullableBoolean(ResultSet rs, String c) throws SQLException {
		boolean v = rs.getBoolean(c);
		return rs.wasNull() ? null : v;
	}

}
