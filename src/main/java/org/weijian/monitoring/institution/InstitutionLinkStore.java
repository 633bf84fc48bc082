package org.weijian.monitoring.institution;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores links in {@code monitoring_institution_link}; reads unlinked codes from the findings. */
@Repository
class InstitutionLinkStore {

	private static final String COLUMNS = "fixmedins_code, subject_id, subject_name, region_code, updated_at, updated_by, version";

	private final JdbcClient jdbc;

	InstitutionLinkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<InstitutionLink> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_institution_link WHERE fixmedins_code = ?")
			.param(code)
			.query(InstitutionLinkStore::map)
			.optional();
	}

	List<InstitutionLink> list(String regionPattern, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_institution_link WHERE region_code LIKE ? ORDER BY fixmedins_code LIMIT ? OFFSET ?")
			.params(regionPattern, limit, offset)
			.query(InstitutionLinkStore::map)
			.list();
	}

	long count(String regionPattern) {
		return jdbc.sql("SELECT count(*) FROM monitoring_institution_link WHERE region_code LIKE ?").param(regionPattern).query(Long.class).single();
	}

	List<String> codesOf(long subjectId) {
		return jdbc.sql("SELECT fixmedins_code FROM monitoring_institution_link WHERE subject_id = ? ORDER BY fixmedins_code")
			.param(subjectId)
			.query(String.class)
			.list();
	}

	void upsert(String code, long subjectId, String subjectName, String regionCode, String actor, Instant now) {
		jdbc.sql("""
				INSERT INTO monitoring_institution_link (fixmedins_code, subject_id, subject_name, region_code, created_at, created_by,
				  updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (fixmedins_code) DO UPDATE SET subject_id = EXCLUDED.subject_id, subject_name = EXCLUDED.subject_name,
				  region_code = EXCLUDED.region_code, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
				  version = monitoring_institution_link.version + 1""")
			.params(code, subjectId, subjectName, regionCode, Timestamp.from(now), actor, Timestamp.from(now), actor)
			.update();
	}

	void delete(String code) {
		jdbc.sql("DELETE FROM monitoring_institution_link WHERE fixmedins_code = ?").param(code).update();
	}

	/** Codes in findings of datasets in the region subtree that have no link, the most findings first. */
	List<UnlinkedCode> unlinked(String regionPattern, int limit) {
		return jdbc.sql("""
				SELECT f.fixmedins_code, count(*) FROM monitoring_finding f
				  JOIN monitoring_run r ON r.id = f.run_id JOIN monitoring_dataset d ON d.id = r.dataset_id
				WHERE d.region_code LIKE ?
				  AND NOT EXISTS (SELECT 1 FROM monitoring_institution_link l WHERE l.fixmedins_code = f.fixmedins_code)
				GROUP BY f.fixmedins_code ORDER BY count(*) DESC, f.fixmedins_code LIMIT ?""")
			.params(regionPattern, limit)
			.query((rs, n) -> new UnlinkedCode(rs.getString(1), rs.getLong(2)))
			.list();
	}

	private static InstitutionLink map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new InstitutionLink(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
				rs.getString(6), rs.getInt(7));
	}

}
