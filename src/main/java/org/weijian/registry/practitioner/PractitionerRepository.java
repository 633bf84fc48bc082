package org.weijian.registry.practitioner;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.registry.Profession;
import org.weijian.shared.crypto.PersonalDataCipher;

/** Stores practitioners and their filings; the ID number encrypted, blind-indexed and masked. */
@Repository
class PractitionerRepository {

	static final String COLUMNS = "p.id, p.name, p.id_number_masked, p.gender, p.birth_date, p.profession, p.qualification_cert_no, "
			+ "p.practice_cert_no, p.practice_category, p.practice_scope, p.institution_id, s.name AS institution_name, p.region_code, "
			+ "p.status, p.created_at, p.created_by, p.updated_at, p.updated_by, p.version";

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	PractitionerRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	Optional<PractitionerRecord> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM practitioner p JOIN subject s ON s.id = p.institution_id WHERE p.id = ?")
			.param(id)
			.query((rs, i) -> map(rs, filings(id)))
			.optional();
	}

	Optional<Long> idByIdNumber(String idNumber) {
		return jdbc.sql("SELECT id FROM practitioner WHERE id_number_hash = ?::bpchar").param(cipher.blindIndex(idNumber)).query(Long.class).optional();
	}

	Optional<Long> idByCertificate(Profession profession, String practiceCertNo) {
		return jdbc.sql("SELECT id FROM practitioner WHERE profession = ? AND practice_cert_no = ?")
			.params(profession.name(), practiceCertNo)
			.query(Long.class)
			.optional();
	}

	long insert(ValidPractitioner p, long institutionId, String regionCode, String actor, Instant now) {
		String id = p.idNumber().value();
		return jdbc.sql("""
				INSERT INTO practitioner (name, id_number_enc, id_number_hash, id_number_masked, gender, birth_date, profession,
				  qualification_cert_no, practice_cert_no, practice_category, practice_scope, institution_id, region_code, status,
				  created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(p.name(), cipher.encrypt(id), cipher.blindIndex(id), p.idNumber().masked(), p.idNumber().male() ? "M" : "F",
					Date.valueOf(p.idNumber().birthDate()), p.profession().name(), p.qualificationCertNo(), p.practiceCertNo(),
					p.practiceCategory(), p.practiceScope(), institutionId, regionCode, p.status().name(), Timestamp.from(now), actor,
					Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, ValidPractitioner p, long institutionId, String regionCode, String actor, Instant now) {
		String idNumber = p.idNumber().value();
		return jdbc.sql("""
				UPDATE practitioner SET name = ?, id_number_enc = ?, id_number_hash = ?, id_number_masked = ?, gender = ?, birth_date = ?,
				  profession = ?, qualification_cert_no = ?, practice_cert_no = ?, practice_category = ?, practice_scope = ?,
				  institution_id = ?, region_code = ?, status = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(p.name(), cipher.encrypt(idNumber), cipher.blindIndex(idNumber), p.idNumber().masked(),
					p.idNumber().male() ? "M" : "F", Date.valueOf(p.idNumber().birthDate()), p.profession().name(),
					p.qualificationCertNo(), p.practiceCertNo(), p.practiceCategory(), p.practiceScope(), institutionId, regionCode,
					p.status().name(), Timestamp.from(now), actor, id, version)
			.update() == 1;
	}

	void moveRegion(long institutionId, String regionCode) {
		jdbc.sql("UPDATE practitioner SET region_code = ? WHERE institution_id = ? AND region_code <> ?")
			.params(regionCode, institutionId, regionCode)
			.update();
	}

	List<PractitionerRecord.Filing> filings(long practitionerId) {
		return jdbc.sql("""
				SELECT f.id, f.institution_id, s.name, s.uscc, f.valid_from, f.valid_to, f.status
				FROM practitioner_filing f JOIN subject s ON s.id = f.institution_id WHERE f.practitioner_id = ? ORDER BY f.valid_from, f.id""")
			.param(practitionerId)
			.query((rs, i) -> new PractitionerRecord.Filing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7)))
			.list();
	}

	boolean hasActiveFiling(long practitionerId, long institutionId) {
		return jdbc.sql("SELECT count(*) FROM practitioner_filing WHERE practitioner_id = ? AND institution_id = ? AND status = 'ACTIVE'")
			.params(practitionerId, institutionId)
			.query(Long.class)
			.single() > 0;
	}

	long insertFiling(long practitionerId, long institutionId, LocalDate from, @Nullable LocalDate to, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO practitioner_filing (practitioner_id, institution_id, valid_from, valid_to, status, created_at, created_by,
				  updated_at, updated_by) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?) RETURNING id""")
			.params(practitionerId, institutionId, Date.valueOf(from), to == null ? null : Date.valueOf(to), Timestamp.from(now), actor,
					Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	boolean endFiling(long practitionerId, long filingId, LocalDate to, String actor, Instant now) {
		return jdbc.sql("""
				UPDATE practitioner_filing SET valid_to = ?, status = 'ENDED', updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ? AND practitioner_id = ? AND status = 'ACTIVE' AND valid_from <= ?""")
			.params(Date.valueOf(to), Timestamp.from(now), actor, filingId, practitionerId, Date.valueOf(to))
			.update() == 1;
	}

	static PractitionerRecord map(ResultSet rs, List<PractitionerRecord.Filing> filings) throws SQLException {
		return new PractitionerRecord(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"), rs.getString("gender"),
				rs.getDate("birth_date").toLocalDate(), Profession.valueOf(rs.getString("profession")),
				rs.getString("qualification_cert_no"), rs.getString("practice_cert_no"), rs.getString("practice_category"),
				rs.getString("practice_scope"), rs.getLong("institution_id"), rs.getString("institution_name"),
				rs.getString("region_code"), PractitionerStatus.valueOf(rs.getString("status")), filings,
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"), rs.getInt("version"));
	}

}
