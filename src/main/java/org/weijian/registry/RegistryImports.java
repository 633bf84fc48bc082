package org.weijian.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.weijian.registry.practitioner.PractitionerImporter;
import org.weijian.registry.subject.SubjectCategories;
import org.weijian.registry.subject.SubjectImporter;
import org.weijian.registry.subject.SubjectLayout;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.io.Table;
import org.weijian.shared.io.TableReader;

/**
 * Bulk imports of institutions, units and practitioners from CSV (UTF-8, or GBK detected) or .xlsx, in
 * the export layouts, all or nothing (ADR 0018). A file that cannot be read at all (encoding, format,
 * missing or unknown columns) is an {@link InvalidInputException}; bad rows come back in the
 * {@link ImportReport} and nothing is written. Runs in the current user's data scope.
 */
@Service
public class RegistryImports {

	/** Rows accepted in one uploaded file; bigger loads go in several files (or {@link Table} chunks). */
	public static final int MAX_ROWS = 300_000;

	private final SubjectImporter subjects;

	private final PractitionerImporter practitioners;

	private final SubjectCategories categories;

	private final TableReader reader = new TableReader(MAX_ROWS);

	RegistryImports(SubjectImporter subjects, PractitionerImporter practitioners, SubjectCategories categories) {
		this.subjects = subjects;
		this.practitioners = practitioners;
		this.categories = categories;
	}

	/** The columns of each layout, as exports write them and imports read them. */
	public List<String> institutionColumns() {
		return SubjectLayout.INSTITUTION;
	}

	public List<String> unitColumns() {
		return SubjectLayout.units(categories.all());
	}

	public List<String> practitionerColumns() {
		return PractitionerImporter.LAYOUT;
	}

	public ImportReport importInstitutions(String fileName, byte[] content, boolean dryRun) {
		return importInstitutions(fileName, reader.read(fileName, content, institutionRequired()), sha256(content), dryRun);
	}

	public ImportReport importInstitutions(String fileName, Table table, boolean dryRun) {
		return importInstitutions(fileName, table, sha256(table), dryRun);
	}

	public ImportReport importUnits(String fileName, byte[] content, boolean dryRun) {
		return importUnits(fileName, reader.read(fileName, content, unitRequired()), sha256(content), dryRun);
	}

	public ImportReport importUnits(String fileName, Table table, boolean dryRun) {
		return importUnits(fileName, table, sha256(table), dryRun);
	}

	public ImportReport importPractitioners(String fileName, byte[] content, boolean dryRun) {
		return importPractitioners(fileName, reader.read(fileName, content, PractitionerImporter.required()), sha256(content), dryRun);
	}

	public ImportReport importPractitioners(String fileName, Table table, boolean dryRun) {
		return importPractitioners(fileName, table, sha256(table), dryRun);
	}

	private ImportReport importInstitutions(String fileName, Table table, String digest, boolean dryRun) {
		checkColumns(table, institutionRequired(), institutionColumns());
		return subjects.importTable(SubjectKind.MEDICAL_INSTITUTION, fileName, table, digest, dryRun);
	}

	private ImportReport importUnits(String fileName, Table table, String digest, boolean dryRun) {
		checkColumns(table, unitRequired(), unitColumns());
		return subjects.importTable(SubjectKind.PUBLIC_HEALTH_UNIT, fileName, table, digest, dryRun);
	}

	private ImportReport importPractitioners(String fileName, Table table, String digest, boolean dryRun) {
		checkColumns(table, PractitionerImporter.required(), practitionerColumns());
		return practitioners.importTable(fileName, table, digest, dryRun);
	}

	private static List<String> institutionRequired() {
		return List.of("name", "category", "region_code", "licence_reg_no");
	}

	private static List<String> unitRequired() {
		return List.of("name", "category", "region_code");
	}

	/** Every required column present, and no column the layout does not know (a typo would lose data). */
	private static void checkColumns(Table table, List<String> required, List<String> layout) {
		List<Violation> problems = new ArrayList<>();
		for (String h : required) {
			if (!table.headers().contains(h)) {
				problems.add(Violation.of(h, "error.upload.missing-column", h).atRow(1));
			}
		}
		for (String h : table.headers()) {
			if (!h.isBlank() && !layout.contains(h)) {
				problems.add(Violation.of(h, "error.import.unknown-column", h).atRow(1));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(Table table) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			md.update(String.join("\u001f", table.headers()).getBytes(StandardCharsets.UTF_8));
			for (Table.Row row : table.rows()) {
				for (String h : table.headers()) {
					String v = row.cells().get(h);
					md.update((v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
					md.update((byte) 0x1f);
				}
				md.update((byte) '\n');
			}
			return HexFormat.of().formatHex(md.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
