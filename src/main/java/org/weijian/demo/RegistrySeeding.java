package org.weijian.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.weijian.registry.ImportReport;
import org.weijian.registry.RegistryImports;
import org.weijian.shared.io.Table;

/**
 * Demo step 30: the generated institutions, public-health units and practitioners, written through the
 * registry's bulk import in chunks, so the 100× benchmark dataset (200k institutions, 2M practitioners)
 * streams without sitting in memory twice.
 */
@Component
class RegistrySeeding implements DemoSeeding {

	private static final Logger log = LoggerFactory.getLogger(RegistrySeeding.class);

	static final int CHUNK = 20_000;

	private final RegistryImports imports;

	RegistrySeeding(RegistryImports imports) {
		this.imports = imports;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String name() {
		return "registry";
	}

	@Override
	public void seed(DemoDataset dataset) {
		List<SubjectSeed> subjects = new SubjectGenerator(dataset.seed(), dataset.seed() % 10_000_000).generate(dataset.areas(),
				dataset.institutions());
		Map<Long, SubjectSeed> bySeq = new HashMap<>();
		subjects.forEach(s -> bySeq.put(s.seq(), s));
		List<String> institutionColumns = imports.institutionColumns();
		List<String> unitColumns = imports.unitColumns();
		try (Chunks institutions = new Chunks("demo-institutions", institutionColumns,
				t -> check(imports.importInstitutions("demo-institutions", t, false)));
				Chunks units = new Chunks("demo-units", unitColumns, t -> check(imports.importUnits("demo-units", t, false)))) {
			for (SubjectSeed s : subjects) {
				if (s.institution()) {
					institutions.add(institutionRow(s));
				}
				else {
					units.add(unitRow(s));
				}
			}
		}
		long started = System.nanoTime();
		long[] count = { 0 };
		try (Chunks practitioners = new Chunks("demo-practitioners", imports.practitionerColumns(),
				t -> check(imports.importPractitioners("demo-practitioners", t, false)))) {
			// the institutions are already scaled; their staff sizes are per institution, so staff scale 1
			new PractitionerGenerator(dataset.seed() + 1).generate(subjects, 1.0, p -> {
				count[0]++;
				practitioners.add(practitionerRow(p, bySeq));
			});
		}
		log.info("Demo data: {} subjects, {} practitioners ({} practitioners/s)", subjects.size(), count[0],
				Math.round(count[0] / ((System.nanoTime() - started) / 1e9)));
	}

	private static void check(ImportReport report) {
		if (!report.ok()) {
			throw new IllegalStateException("demo " + report.what() + " rejected: " + report.errors().subList(0, Math.min(5, report.errors().size())));
		}
	}

	static Map<String, String> institutionRow(SubjectSeed s) {
		Map<String, String> row = common(s);
		row.put("grade", s.grade());
		row.put("ownership", s.ownership());
		row.put("for_profit", String.valueOf(s.forProfit()));
		row.put("licence_reg_no", s.licenceRegNo());
		row.put("beds", String.valueOf(s.beds()));
		row.put("practice_subjects", String.join(";", s.practiceSubjects()));
		return row;
	}

	static Map<String, String> unitRow(SubjectSeed s) {
		Map<String, String> row = common(s);
		s.attributes().forEach((k, v) -> row.put("attr_" + k, v));
		return row;
	}

	private static Map<String, String> common(SubjectSeed s) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("name", s.name());
		row.put("category", s.category());
		row.put("uscc", s.uscc());
		row.put("region_code", s.regionCode());
		row.put("address", s.address());
		row.put("legal_representative", s.legalRepresentative());
		row.put("principal", s.principal());
		row.put("status", "OPERATING");
		return row;
	}

	static Map<String, String> practitionerRow(PractitionerSeed p, Map<Long, SubjectSeed> bySeq) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("name", p.name());
		row.put("id_number", p.idNumber());
		row.put("profession", p.profession());
		row.put("qualification_cert_no", p.qualificationCertNo());
		row.put("practice_cert_no", p.practiceCertNo());
		row.put("practice_category", p.practiceCategory());
		row.put("practice_scope", p.practiceScope() == null ? "" : p.practiceScope());
		row.put("institution_uscc", bySeq.get(p.institutionSeq()).uscc());
		row.put("filing_institutions", p.filingInstitutionSeq() == null ? "" : bySeq.get(p.filingInstitutionSeq()).uscc());
		row.put("status", "ACTIVE");
		return row;
	}

	/** Rows gathered into tables of {@link #CHUNK} and handed on as each fills, and once more at the end. */
	static final class Chunks implements AutoCloseable {

		private final List<String> headers;

		private final Consumer<Table> sink;

		private List<Table.Row> rows = new ArrayList<>(CHUNK);

		Chunks(String name, List<String> headers, Consumer<Table> sink) {
			this.headers = headers;
			this.sink = sink;
		}

		void add(Map<String, String> cells) {
			rows.add(new Table.Row(rows.size() + 2, cells));
			if (rows.size() >= CHUNK) {
				flush();
			}
		}

		private void flush() {
			if (!rows.isEmpty()) {
				sink.accept(new Table(headers, rows, "generated"));
				rows = new ArrayList<>(CHUNK);
			}
		}

		@Override
		public void close() {
			flush();
		}

	}

}
