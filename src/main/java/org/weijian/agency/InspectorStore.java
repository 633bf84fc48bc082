package org.weijian.agency;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores inspectors in {@code inspector} and their status history in {@code inspector_status_change}. */
@Repository
class InspectorStore {

	private static final String SELECT = """
			SELECT i.id, i.name, i.certificate_no, i.certificate_valid_from, i.certificate_valid_to, i.department_id,
			  d.code AS department_code, d.name AS department_name, d.kind AS department_kind, d.region_code AS department_region,
			  i.jurisdiction_code, i.specialties, i.status, i.phone_masked, i.updated_at, i.updated_by, i.version
			FROM inspector i JOIN department d ON d.id = i.department_id""";

	/** The stored fields of an inspector, as the service checked them. */
	record Row(String name, String certificateNo, LocalDate validFrom, LocalDate validTo, long departmentId, String jurisdictionCode,
			String jurisdictionPrefix, Set<SupervisionDomain> specialties, byte @Nullable [] phoneEncrypted,
			@Nullable String phoneMasked) {
	}

	/** Resolved list filters; null means "any". */
	record Query(String regionPattern, @Nullable Long onlyDepartment, @Nullable String prefix, @Nullable Long departmentId,
			@Nullable InspectorStatus status, @Nullable SupervisionDomain specialty) {
	}

	private final JdbcClient jdbc;

	InspectorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<InspectorProfile> byId(long id) {
		return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(InspectorStore::map).optional();
	}

	Optional<Long> idByCertificate(String certificateNo) {
		return jdbc.sql("SELECT id FROM inspector WHERE certificate_no = ?").param(certificateNo).query(Long.class).optional();
	}

	List<InspectorProfile> page(Query q, int limit, long offset) {
		List<Object> params = new ArrayList<>();
		String where = where(q, params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql(SELECT + where + " ORDER BY d.code, i.name, i.id LIMIT ? OFFSET ?").params(params).query(InspectorStore::map).list();
	}

	long count(Query q) {
		List<Object> params = new ArrayList<>();
		String where = where(q, params);
		return jdbc.sql("SELECT count(*) FROM inspector i JOIN department d ON d.id = i.department_id" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(Query q, List<Object> params) {
		StringBuilder sql = new StringBuilder(" WHERE d.region_code LIKE ?");
		params.add(q.regionPattern());
		if (q.onlyDepartment() != null) {
			sql.append(" AND i.department_id = ?");
			params.add(q.onlyDepartment());
		}
		if (q.prefix() != null) {
			sql.append(" AND (i.name LIKE ? OR i.certificate_no LIKE ?)");
			String like = escape(q.prefix()) + "%";
			params.add(like);
			params.add(like);
		}
		if (q.departmentId() != null) {
			sql.append(" AND i.department_id = ?");
			params.add(q.departmentId());
		}
		if (q.status() != null) {
			sql.append(" AND i.status = ?");
			params.add(q.status().name());
		}
		if (q.specialty() != null) {
			sql.append(" AND ? = ANY (i.specialties)");
			params.add(q.specialty().name());
		}
		return sql.toString();
	}

	/**
	 * Active inspectors of active departments, certified on {@code day}, whose jurisdiction covers
	 * {@code regionCode} and who have one of {@code domains}; by department code then certificate number.
	 */
	List<InspectorProfile> eligible(String regionCode, Collection<SupervisionDomain> domains, LocalDate day) {
		return jdbc.sql(SELECT + """
				 WHERE i.status = 'ACTIVE' AND d.status = 'ACTIVE'
				  AND i.certificate_valid_from <= ? AND i.certificate_valid_to >= ?
				  AND ? LIKE i.jurisdiction_prefix || '%'
				  AND i.specialties && ?::text[]
				ORDER BY d.code, i.certificate_no""")
			.params(Date.valueOf(day), Date.valueOf(day), regionCode, literal(domains))
			.query(InspectorStore::map)
			.list();
	}

	/** Inspectors whose jurisdiction lies in the subtree {@code prefix} or covers {@code regionCode}; by id. */
	List<InspectorProfile> pool(String regionCode, String prefix) {
		return jdbc.sql(SELECT + " WHERE i.jurisdiction_code LIKE ? OR ? LIKE i.jurisdiction_prefix || '%' ORDER BY i.id")
			.params(prefix + "%", regionCode)
			.query(InspectorStore::map)
			.list();
	}

	/** Active inspectors of active departments of the kinds whose jurisdiction lies in the region subtree. */
	long countActive(String regionPattern, Collection<DepartmentKind> kinds) {
		return jdbc.sql("""
				SELECT count(*) FROM inspector i JOIN department d ON d.id = i.department_id
				WHERE i.status = 'ACTIVE' AND d.status = 'ACTIVE' AND i.jurisdiction_code LIKE ? AND d.kind = ANY (?::text[])""")
			.params(regionPattern, literal(kinds))
			.query(Long.class)
			.single();
	}

	/** Inserts the inspector; a certificate number taken meanwhile by a concurrent creation is a 409 as well. */
	long insert(Row r, String actor, Instant now) {
		try {
			return insertRow(r, actor, now);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw duplicate(r);
		}
	}

	private static RuntimeException duplicate(Row r) {
		return new org.weijian.shared.error.ConflictException("certificateNo", "error.inspector.duplicate-certificate", r.certificateNo());
	}

	private long insertRow(Row r, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO inspector (name, certificate_no, certificate_valid_from, certificate_valid_to, department_id,
				  jurisdiction_code, jurisdiction_prefix, specialties, status, phone_encrypted, phone_masked,
				  created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::text[], 'ACTIVE', ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(r.name(), r.certificateNo(), Date.valueOf(r.validFrom()), Date.valueOf(r.validTo()), r.departmentId(),
					r.jurisdictionCode(), r.jurisdictionPrefix(), literal(r.specialties()), r.phoneEncrypted(), r.phoneMasked(),
					Timestamp.from(now), actor, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean update(long id, Row r, boolean keepPhone, int version, String actor, Instant now) {
		try {
			return updateRow(id, r, keepPhone, version, actor, now);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw duplicate(r);
		}
	}

	private boolean updateRow(long id, Row r, boolean keepPhone, int version, String actor, Instant now) {
		String phone = keepPhone ? "" : "phone_encrypted = ?, phone_masked = ?, ";
		List<Object> params = new ArrayList<>(List.of(r.name(), r.certificateNo(), Date.valueOf(r.validFrom()),
				Date.valueOf(r.validTo()), r.departmentId(), r.jurisdictionCode(), r.jurisdictionPrefix(), literal(r.specialties())));
		if (!keepPhone) {
			params.add(r.phoneEncrypted());
			params.add(r.phoneMasked());
		}
		params.addAll(List.of(Timestamp.from(now), actor, id, version));
		return jdbc.sql("""
				UPDATE inspector SET name = ?, certificate_no = ?, certificate_valid_from = ?, certificate_valid_to = ?,
				  department_id = ?, jurisdiction_code = ?, jurisdiction_prefix = ?, specialties = ?::text[], """ + phone + """
				  updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(params)
			.update() == 1;
	}

	/** Changes the status if it is still {@code from}; false when another change came first. */
	boolean changeStatus(long id, InspectorStatus from, InspectorStatus to, String reason, String actor, Instant now) {
		int changed = jdbc.sql("""
				UPDATE inspector SET status = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND status = ?""")
			.params(to.name(), Timestamp.from(now), actor, id, from.name())
			.update();
		if (changed == 1) {
			jdbc.sql("""
					INSERT INTO inspector_status_change (inspector_id, from_status, to_status, reason, changed_at, changed_by)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, from.name(), to.name(), reason, Timestamp.from(now), actor)
				.update();
		}
		return changed == 1;
	}

	List<InspectorStatusChange> history(long id) {
		return jdbc.sql("SELECT from_status, to_status, reason, changed_at, changed_by FROM inspector_status_change WHERE inspector_id = ? ORDER BY changed_at DESC, id DESC")
			.param(id)
			.query((rs, i) -> new InspectorStatusChange(InspectorStatus.valueOf(rs.getString(1)), InspectorStatus.valueOf(rs.getString(2)),
					rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
	}

	private static String literal(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static InspectorProfile map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("specialties");
		Set<SupervisionDomain> specialties = EnumSet.noneOf(SupervisionDomain.class);
		Arrays.stream((String[]) array.getArray()).map(SupervisionDomain::valueOf).forEach(specialties::add);
		return new InspectorProfile(rs.getLong("id"), rs.getString("name"), rs.getString("certificate_no"),
				rs.getDate("certificate_valid_from").toLocalDate(), rs.getDate("certificate_valid_to").toLocalDate(),
				rs.getLong("department_id"), rs.getString("department_code"), rs.getString("department_name"),
				DepartmentKind.valueOf(rs.getString("department_kind")), rs.getString("department_region"),
				rs.getString("jurisdiction_code"), java.util.Collections.unmodifiableSet(specialties), InspectorStatus.valueOf(rs.getString("status")),
				rs.getString("phone_masked"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
				rs.getInt("version"));
	}

}
