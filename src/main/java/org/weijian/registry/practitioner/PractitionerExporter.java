package org.weijian.registry.practitioner;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Permission;
import org.weijian.registry.PractitionerQuery;
import org.weijian.shared.crypto.PersonalDataCipher;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.io.TableWriter;

/**
 * Writes practitioners in the import layout, streamed. The ID number is masked unless the caller asks
 * for personal data and holds both {@code registry:export} and {@code registry:import}; such an export
 * is audited with its filters and row count (ADR 0018).
 */
@Service
public class PractitionerExporter {

	private final PractitionerSearch search;

	private final CurrentUsers currentUsers;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final JdbcTemplate cursor;

	PractitionerExporter(PractitionerSearch search, CurrentUsers currentUsers, PersonalDataCipher cipher, AuditTrail audit,
			DataSource dataSource) {
		this.search = search;
		this.currentUsers = currentUsers;
		this.cipher = cipher;
		this.audit = audit;
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(2_000);
	}

	@Transactional
	public void export(PractitionerQuery query, TableWriter.Format format, boolean includePersonalData, OutputStream out) {
		if (includePersonalData) {
			CurrentUser user = currentUsers.require();
			if (!user.has(Permission.REGISTRY_EXPORT) || !user.has(Permission.REGISTRY_IMPORT)) {
				throw new AccessDeniedToScopeException();
			}
		}
		List<String> headers = PractitionerImporter.LAYOUT;
		Optional<PractitionerSearch.Where> where = search.where(query, currentUsers.scope());
		AtomicLong count = new AtomicLong();
		if (where.isPresent()) {
			String sql = """
					SELECT p.name, p.id_number_masked, p.id_number_enc, p.profession, p.qualification_cert_no, p.practice_cert_no,
					  p.practice_category, p.practice_scope, s.uscc, s.licence_reg_no,
					  (SELECT string_agg(fs.uscc, ';' ORDER BY f.id) FROM practitioner_filing f JOIN subject fs ON fs.id = f.institution_id
					   WHERE f.practitioner_id = p.id AND f.status = 'ACTIVE' AND fs.uscc IS NOT NULL) AS filings,
					  p.status
					FROM practitioner p JOIN subject s ON s.id = p.institution_id WHERE\s""" + where.get().sql() + " ORDER BY p.id";
			try (Stream<List<String>> rows = cursor.queryForStream(sql, (rs, i) -> {
				count.incrementAndGet();
				String id = includePersonalData ? cipher.decrypt(rs.getBytes(3)) : rs.getString(2);
				return Arrays.asList(rs.getString(1), id, rs.getString(4), nz(rs.getString(5)), rs.getString(6), rs.getString(7),
						nz(rs.getString(8)), nz(rs.getString(9)), nz(rs.getString(10)), nz(rs.getString(11)), rs.getString(12));
			}, where.get().params().toArray())) {
				TableWriter.write(format, headers, rows::iterator, out);
			}
		}
		else {
			TableWriter.write(format, headers, List.of(), out);
		}
		if (includePersonalData) {
			audit.record("practitioners.exported-personal-data", "export", "practitioners", currentUsers.scope().regionCode(), null,
					Map.of("q", String.valueOf(query.q()), "profession", String.valueOf(query.profession()), "institution",
							String.valueOf(query.institutionId()), "region", String.valueOf(query.region()), "rows", count.get()));
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s.strip();
	}

}
