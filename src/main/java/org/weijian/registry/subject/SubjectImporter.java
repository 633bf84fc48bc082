package org.weijian.registry.subject;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectStatus;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;
import org.weijian.shared.io.Table;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports institutions or units from a table, all or nothing: every row is validated in memory (fields,
 * scope, duplicates inside the file and against the registry); only if none is bad are they written, in
 * one transaction with COPY, with one audit entry and one event for the whole import (ADR 0018).
 */
@Service
public class SubjectImporter {

	static final List<String> COLUMNS = List.of("kind", "category_code", "name", "name_grams", "uscc", "region_code", "grid_id", "address",
			"legal_representative", "principal", "status", "grade", "ownership", "for_profit", "licence_reg_no", "beds",
			"practice_subjects", "attributes", "created_at", "created_by", "updated_at", "updated_by");

	/** Above this many new rows the planner's statistics are refreshed at once (ANALYZE). */
	static final int ANALYZE_AFTER = 5_000;

	private final SubjectValidator validator;

	private final JdbcClient jdbc;

	private final PgCopy copy;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	SubjectImporter(SubjectValidator validator, JdbcClient jdbc, PgCopy copy, AuditTrail audit, CurrentUsers currentUsers,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.validator = validator;
		this.jdbc = jdbc;
		this.copy = copy;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	private record Candidate(int row, ValidSubject subject, SubjectStatus status) {
	}

	@Transactional
	public ImportReport importTable(SubjectKind kind, String fileName, Table table, String sha256, boolean dryRun) {
		String what = kind == SubjectKind.MEDICAL_INSTITUTION ? "institutions" : "units";
		DataScope scope = currentUsers.scope();
		List<Violation> errors = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>(table.rows().size());
		Map<String, Integer> usccRows = new HashMap<>();
		Map<String, Integer> licenceRows = new HashMap<>();
		for (Table.Row row : table.rows()) {
			Violations cells = new Violations();
			SubjectDraft draft = SubjectLayout.draft(kind, row, cells);
			SubjectStatus status = status(row.get("status"), cells);
			List<Violation> rowErrors = new ArrayList<>(cells.list());
			SubjectValidator.Outcome outcome = validator.check(draft);
			for (Violation v : outcome.violations()) {
				String column = SubjectLayout.column(v.field());
				if (rowErrors.stream().noneMatch(e -> e.field().equals(column))) {
					rowErrors.add(new Violation(null, column, v.code(), v.args()));
				}
			}
			ValidSubject s = outcome.subject();
			if (s != null) {
				if (!scope.coversRegion(s.regionCode()) || scope.restrictedToInstitution()) {
					rowErrors.add(Violation.of("region_code", "error.import.outside-scope", s.regionCode()));
				}
				duplicate(s.uscc(), "uscc", row.number(), usccRows, rowErrors);
				duplicate(s.licenceRegNo(), "licence_reg_no", row.number(), licenceRows, rowErrors);
			}
			if (rowErrors.isEmpty() && s != null && status != null) {
				candidates.add(new Candidate(row.number(), s, status));
			}
			rowErrors.forEach(v -> errors.add(v.atRow(row.number())));
		}
		errors.addAll(existing(candidates));
		errors.sort(java.util.Comparator.comparing(Violation::row));
		int rows = table.rows().size();
		if (!errors.isEmpty() || dryRun) {
			return report(what, fileName, table, rows, 0, dryRun, errors);
		}
		write(candidates);
		audit.record(what + ".imported", "import", sha256.substring(0, 16), scope.regionCode(), null,
				Map.of("what", what, "fileName", fileName, "sha256", sha256, "rows", rows, "encoding", table.encoding()));
		events.publishEvent(new RegistryImported(what, rows, fileName, sha256));
		if (rows >= ANALYZE_AFTER) {
			jdbc.sql("ANALYZE subject").update();
		}
		return report(what, fileName, table, rows, rows, false, List.of());
	}

	static ImportReport report(String what, String fileName, Table table, int rows, int imported, boolean dryRun, List<Violation> errors) {
		boolean truncated = errors.size() > ImportReport.MAX_ERRORS;
		return new ImportReport(what, fileName, table.encoding(), rows, imported, dryRun,
				truncated ? errors.subList(0, ImportReport.MAX_ERRORS) : errors, truncated);
	}

	static void duplicate(String value, String column, int row, Map<String, Integer> seen, List<Violation> errors) {
		if (value == null) {
			return;
		}
		Integer first = seen.putIfAbsent(value, row);
		if (first != null) {
			errors.add(Violation.of(column, "error.import.duplicate-in-file", value, first));
		}
	}

	private static SubjectStatus status(String raw, Violations v) {
		if (raw == null) {
			return SubjectStatus.OPERATING;
		}
		try {
			return SubjectStatus.valueOf(raw.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			v.add("status", "error.field.invalid");
			return null;
		}
	}

	/** Credit codes and licence numbers of the candidates that the registry already holds. */
	private List<Violation> existing(List<Candidate> candidates) {
		List<String> usccs = candidates.stream().map(c -> c.subject().uscc()).filter(java.util.Objects::nonNull).toList();
		List<String> licences = candidates.stream().map(c -> c.subject().licenceRegNo()).filter(java.util.Objects::nonNull).toList();
		Set<String> takenUscc = taken("uscc", usccs);
		Set<String> takenLicence = taken("licence_reg_no", licences);
		List<Violation> out = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.subject().uscc() != null && takenUscc.contains(c.subject().uscc())) {
				out.add(Violation.of("uscc", "error.subject.uscc-duplicate", c.subject().uscc()).atRow(c.row()));
			}
			if (c.subject().licenceRegNo() != null && takenLicence.contains(c.subject().licenceRegNo())) {
				out.add(Violation.of("licence_reg_no", "error.subject.licence-duplicate", c.subject().licenceRegNo()).atRow(c.row()));
			}
		}
		return out;
	}

	private Set<String> taken(String column, List<String> values) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i < values.size(); i += 10_000) {
			List<String> chunk = values.subList(i, Math.min(values.size(), i + 10_000));
			// a join with unnest lets the planner probe the unique index or hash; "= ANY(array)" of
			// thousands of values is checked row by row against the whole array
			out.addAll(jdbc.sql("SELECT s." + column + " FROM unnest(?::" + (column.equals("uscc") ? "bpchar[]" : "text[]") + ") AS v(x) JOIN subject s ON s."
					+ column + " = v.x")
				.param(SubjectRepository.arrayLiteral(chunk))
				.query(String.class)
				.list());
		}
		return out;
	}

	private void write(List<Candidate> candidates) {
		String actor = currentUsers.actorName();
		String now = Timestamp.from(Instant.now(clock)).toInstant().toString();
		List<Object[]> rows = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			ValidSubject s = c.subject();
			rows.add(new Object[] { s.kind().name(), s.categoryCode(), s.name(), SubjectRepository.arrayLiteral(NameGrams.of(s.name())),
					s.uscc(), s.regionCode(), s.gridId(), s.address(), s.legalRepresentative(), s.principal(), c.status().name(),
					s.grade() == null ? null : s.grade().name(), s.ownership() == null ? null : s.ownership().name(), s.forProfit(),
					s.licenceRegNo(), s.beds(), SubjectRepository.arrayLiteral(s.practiceSubjects()),
					json.writeValueAsString(new LinkedHashMap<>(s.attributes())), now, actor, now, actor });
		}
		try {
			copy.copy("subject", COLUMNS, rows);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("file", "error.import.concurrent-duplicate");
		}
	}

}
