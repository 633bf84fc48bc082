package org.weijian.registry.practitioner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.ImportReport;
import org.weijian.registry.RegistryImported;
import org.weijian.registry.subject.PgCopy;
import org.weijian.registry.subject.SubjectRepository;
import org.weijian.shared.crypto.PersonalDataCipher;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.io.Table;

/**
 * Imports practitioners from a table, all or nothing (ADR 0018): fields, institutions (by credit code or
 * licence number), filings, scope and duplicates (inside the file and against the registry, the ID
 * number through its blind index) are checked in memory; then everything is written with COPY in one
 * transaction, with one audit entry and one event.
 */
@Service
public class PractitionerImporter {

	public static final List<String> LAYOUT = List.of("name", "id_number", "profession", "qualification_cert_no", "practice_cert_no",
			"practice_category", "practice_scope", "institution_uscc", "institution_licence_no", "filing_institutions", "status");

	static final List<String> REQUIRED = List.of("name", "id_number", "profession", "practice_cert_no", "practice_category");

	private static final Map<String, String> FIELD_TO_COLUMN = Map.of("idNumber", "id_number", "qualificationCertNo",
			"qualification_cert_no", "practiceCertNo", "practice_cert_no", "practiceCategory", "practice_category", "practiceScope",
			"practice_scope");

	private static final List<String> COLUMNS = List.of("id", "name", "id_number_enc", "id_number_hash", "id_number_masked", "gender",
			"birth_date", "profession", "qualification_cert_no", "practice_cert_no", "practice_category", "practice_scope", "institution_id",
			"region_code", "status", "created_at", "created_by", "updated_at", "updated_by");

	private static final List<String> FILING_COLUMNS = List.of("practitioner_id", "institution_id", "valid_from", "status", "created_at",
			"created_by", "updated_at", "updated_by");

	private final JdbcClient jdbc;

	private final PgCopy copy;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PractitionerImporter(JdbcClient jdbc, PgCopy copy, PersonalDataCipher cipher, AuditTrail audit, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.copy = copy;
		this.cipher = cipher;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public static List<String> required() {
		return REQUIRED;
	}

	record Institution(long id, String kind, String regionCode) {
	}

	private record Candidate(int row, ValidPractitioner p, String hash, Institution institution, List<Institution> filings) {
	}

	@Transactional
	public ImportReport importTable(String fileName, Table table, String sha256, boolean dryRun) {
		DataScope scope = currentUsers.scope();
		Map<String, Institution> byUscc = new HashMap<>();
		Map<String, Institution> byLicence = new HashMap<>();
		loadInstitutions(table, byUscc, byLicence);
		List<Violation> errors = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>(table.rows().size());
		Map<String, Integer> hashRows = new HashMap<>();
		Map<String, Integer> certRows = new HashMap<>();
		// field checks and blind indexes need no shared state: both cores work on them
		List<Checked> checked = table.rows().parallelStream().map(this::check).toList();
		for (int r = 0; r < table.rows().size(); r++) {
			Table.Row row = table.rows().get(r);
			List<Violation> rowErrors = new ArrayList<>();
			PractitionerValidator.Outcome outcome = checked.get(r).outcome();
			outcome.violations()
				.forEach(v -> rowErrors.add(new Violation(null, FIELD_TO_COLUMN.getOrDefault(v.field(), v.field()), v.code(), v.args())));
			Institution institution = institution(row, byUscc, byLicence, rowErrors);
			if (institution != null && (!scope.coversRegion(institution.regionCode()) || scope.restrictedToInstitution())) {
				rowErrors.add(Violation.of("institution_uscc", "error.import.outside-scope", institution.regionCode()));
			}
			List<Institution> filings = filings(row, byUscc, institution, rowErrors);
			ValidPractitioner p = outcome.practitioner();
			String hash = null;
			if (p != null) {
				hash = checked.get(r).hash();
				Integer first = hashRows.putIfAbsent(hash, row.number());
				if (first != null) {
					rowErrors.add(Violation.of("id_number", "error.import.duplicate-in-file", p.idNumber().masked(), first));
				}
				Integer firstCert = certRows.putIfAbsent(p.profession() + ":" + p.practiceCertNo(), row.number());
				if (firstCert != null) {
					rowErrors.add(Violation.of("practice_cert_no", "error.import.duplicate-in-file", p.practiceCertNo(), firstCert));
				}
			}
			if (rowErrors.isEmpty() && p != null && institution != null) {
				candidates.add(new Candidate(row.number(), p, hash, institution, filings));
			}
			rowErrors.forEach(v -> errors.add(v.atRow(row.number())));
		}
		errors.addAll(existing(candidates));
		errors.sort(Comparator.comparing(Violation::row));
		int rows = table.rows().size();
		boolean truncated = errors.size() > ImportReport.MAX_ERRORS;
		if (!errors.isEmpty() || dryRun) {
			return new ImportReport("practitioners", fileName, table.encoding(), rows, 0, dryRun,
					truncated ? errors.subList(0, ImportReport.MAX_ERRORS) : errors, truncated);
		}
		write(candidates);
		audit.record("practitioners.imported", "import", sha256.substring(0, 16), scope.regionCode(), null,
				Map.of("what", "practitioners", "fileName", fileName, "sha256", sha256, "rows", rows, "encoding", table.encoding()));
		events.publishEvent(new RegistryImported("practitioners", rows, fileName, sha256));
		if (rows >= 5_000) {
			jdbc.sql("ANALYZE practitioner").update();
			jdbc.sql("ANALYZE practitioner_filing").update();
		}
		return new ImportReport("practitioners", fileName, table.encoding(), rows, rows, false, List.of(), false);
	}

	private record Checked(PractitionerValidator.Outcome outcome, @Nullable String hash) {
	}

	private Checked check(Table.Row row) {
		PractitionerValidator.Outcome outcome = PractitionerValidator.check(new PractitionerDraft(row.get("name"), row.get("id_number"),
				row.get("profession"), row.get("qualification_cert_no"), row.get("practice_cert_no"), row.get("practice_category"),
				row.get("practice_scope"), null, row.get("status")));
		return new Checked(outcome,
				outcome.practitioner() == null ? null : cipher.blindIndex(outcome.practitioner().idNumber().value()));
	}

	private void loadInstitutions(Table table, Map<String, Institution> byUscc, Map<String, Institution> byLicence) {
		Set<String> usccs = new LinkedHashSet<>();
		Set<String> licences = new LinkedHashSet<>();
		for (Table.Row row : table.rows()) {
			String u = row.get("institution_uscc");
			if (u != null) {
				usccs.add(u.toUpperCase(java.util.Locale.ROOT));
			}
			String l = row.get("institution_licence_no");
			if (l != null) {
				licences.add(l.toUpperCase(java.util.Locale.ROOT));
			}
			String f = row.get("filing_institutions");
			if (f != null) {
				splitCodes(f).forEach(usccs::add);
			}
		}
		query("uscc", new ArrayList<>(usccs), byUscc);
		query("licence_reg_no", new ArrayList<>(licences), byLicence);
	}

	private void query(String column, List<String> values, Map<String, Institution> into) {
		for (int i = 0; i < values.size(); i += 10_000) {
			List<String> chunk = values.subList(i, Math.min(values.size(), i + 10_000));
			jdbc.sql("SELECT s.id, s.kind, s.region_code, s." + column + " FROM unnest(?::" + arrayType(column) + ") AS v(x) JOIN subject s ON s."
					+ column + " = v.x")
				.param(SubjectRepository.arrayLiteral(chunk))
				.query((rs, n) -> into.put(rs.getString(4).strip(), new Institution(rs.getLong(1), rs.getString(2), rs.getString(3))))
				.list();
		}
	}

	/** The array type matching the column, so the look-up uses the column's index (CHAR columns are bpchar). */
	static String arrayType(String column) {
		return column.equals("uscc") ? "bpchar[]" : "text[]";
	}

	private static @Nullable Institution institution(Table.Row row, Map<String, Institution> byUscc, Map<String, Institution> byLicence,
			List<Violation> errors) {
		String uscc = upper(row.get("institution_uscc"));
		String licence = upper(row.get("institution_licence_no"));
		if (uscc == null && licence == null) {
			errors.add(Violation.of("institution_uscc", "error.field.required"));
			return null;
		}
		Institution a = uscc == null ? null : byUscc.get(uscc);
		Institution b = licence == null ? null : byLicence.get(licence);
		if (uscc != null && a == null) {
			errors.add(Violation.of("institution_uscc", "error.practitioner.institution-not-found", uscc));
			return null;
		}
		if (licence != null && b == null) {
			errors.add(Violation.of("institution_licence_no", "error.practitioner.institution-not-found", licence));
			return null;
		}
		if (a != null && b != null && a.id() != b.id()) {
			errors.add(Violation.of("institution_licence_no", "error.practitioner.institution-mismatch"));
			return null;
		}
		Institution found = a != null ? a : b;
		if (!"MEDICAL_INSTITUTION".equals(found.kind())) {
			errors.add(Violation.of(uscc != null ? "institution_uscc" : "institution_licence_no", "error.practitioner.institution-kind",
					uscc != null ? uscc : licence));
			return null;
		}
		return found;
	}

	private static List<Institution> filings(Table.Row row, Map<String, Institution> byUscc, @Nullable Institution primary,
			List<Violation> errors) {
		String raw = row.get("filing_institutions");
		if (raw == null) {
			return List.of();
		}
		List<Institution> out = new ArrayList<>();
		for (String code : splitCodes(raw).toList()) {
			Institution i = byUscc.get(code);
			if (i == null || !"MEDICAL_INSTITUTION".equals(i.kind())) {
				errors.add(Violation.of("filing_institutions", "error.practitioner.institution-not-found", code));
			}
			else if (primary != null && i.id() == primary.id()) {
				errors.add(Violation.of("filing_institutions", "error.practitioner.filing-primary"));
			}
			else if (out.stream().noneMatch(o -> o.id() == i.id())) {
				out.add(i);
			}
		}
		return out;
	}

	private static java.util.stream.Stream<String> splitCodes(String raw) {
		return Arrays.stream(raw.split("[;；,，]")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(java.util.Locale.ROOT));
	}

	private static @Nullable String upper(@Nullable String s) {
		return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
	}

	private List<Violation> existing(List<Candidate> candidates) {
		Set<String> hashes = new HashSet<>();
		Set<String> certs = new HashSet<>();
		for (int i = 0; i < candidates.size(); i += 10_000) {
			List<Candidate> chunk = candidates.subList(i, Math.min(candidates.size(), i + 10_000));
			hashes.addAll(jdbc.sql("SELECT p.id_number_hash FROM unnest(?::bpchar[]) AS v(x) JOIN practitioner p ON p.id_number_hash = v.x")
				.param(SubjectRepository.arrayLiteral(chunk.stream().map(Candidate::hash).toList()))
				.query(String.class)
				.list());
			certs.addAll(jdbc.sql("SELECT p.profession || ':' || p.practice_cert_no FROM unnest(?::text[]) AS v(x) JOIN practitioner p ON p.practice_cert_no = v.x")
				.param(SubjectRepository.arrayLiteral(chunk.stream().map(c -> c.p().practiceCertNo()).toList()))
				.query(String.class)
				.list());
		}
		List<Violation> out = new ArrayList<>();
		for (Candidate c : candidates) {
			if (hashes.contains(c.hash())) {
				out.add(Violation.of("id_number", "error.practitioner.id-duplicate", c.p().idNumber().masked()).atRow(c.row()));
			}
			if (certs.contains(c.p().profession() + ":" + c.p().practiceCertNo())) {
				out.add(Violation.of("practice_cert_no", "error.practitioner.certificate-duplicate", c.p().practiceCertNo()).atRow(c.row()));
			}
		}
		return out;
	}

	private void write(List<Candidate> candidates) {
		if (candidates.isEmpty()) {
			return;
		}
		List<Long> ids = jdbc.sql("SELECT nextval('practitioner_id_seq') FROM generate_series(1, ?)")
			.param(candidates.size())
			.query(Long.class)
			.list();
		String actor = currentUsers.actorName();
		String now = clock.instant().toString();
		String today = LocalDate.now(clock).toString();
		List<byte[]> sealed = candidates.parallelStream().map(c -> cipher.encrypt(c.p().idNumber().value())).toList();
		List<Object[]> rows = new ArrayList<>(candidates.size());
		List<Object[]> filings = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			ValidPractitioner p = c.p();
			long id = ids.get(i);
			rows.add(new Object[] { id, p.name(), sealed.get(i), c.hash(), p.idNumber().masked(),
					p.idNumber().male() ? "M" : "F", p.idNumber().birthDate().toString(), p.profession().name(), p.qualificationCertNo(),
					p.practiceCertNo(), p.practiceCategory(), p.practiceScope(), c.institution().id(), c.institution().regionCode(),
					p.status().name(), now, actor, now, actor });
			for (Institution f : c.filings()) {
				filings.add(new Object[] { id, f.id(), today, "ACTIVE", now, actor, now, actor });
			}
		}
		try {
			copy.copy("practitioner", COLUMNS, rows);
			if (!filings.isEmpty()) {
				copy.copy("practitioner_filing", FILING_COLUMNS, filings);
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("file", "error.import.concurrent-duplicate");
		}
	}

}
