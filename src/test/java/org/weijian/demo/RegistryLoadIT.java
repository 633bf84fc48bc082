package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.weijian.registry.ImportReport;
import org.weijian.registry.PractitionerQuery;
import org.weijian.registry.Practitioners;
import org.weijian.registry.RegistryImports;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.Subjects;
import org.weijian.shared.io.Table;
import org.weijian.shared.web.PageQuery;

/**
 * Opt-in load check (not run by default): loads the demo generator's data at a bigger scale through the
 * bulk imports and measures import rate and search latency, printing EXPLAIN plans. Run with
 * {@code mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RegistryLoadIT
 * -Dweijian.load=true -Dweijian.load.scale=100}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "weijian.load", matches = "true")
class RegistryLoadIT {

	@Autowired
	RegistryImports imports;

	@Autowired
	DemoAreas areas;

	@Autowired
	Subjects subjects;

	@Autowired
	Practitioners practitioners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measuresImportRateAndSearchLatency() {
		double scale = Double.parseDouble(System.getProperty("weijian.load.scale", "10"));
		long seed = 20261123;
		DemoDataset dataset = new DemoDataset(scale, seed, areas.areas(), LocalDate.of(2026, 11, 23));
		List<SubjectSeed> seeds = new SubjectGenerator(seed, seed % 10_000_000).generate(dataset.areas(), dataset.institutions());
		java.util.Map<Long, SubjectSeed> bySeq = new java.util.HashMap<>();
		seeds.forEach(s -> bySeq.put(s.seq(), s));

		long t0 = System.nanoTime();
		int[] institutions = { 0 };
		try (RegistrySeeding.Chunks chunks = new RegistrySeeding.Chunks("i", imports.institutionColumns(),
				t -> institutions[0] += ok(imports.importInstitutions("load-institutions", t, false)).imported());
				RegistrySeeding.Chunks units = new RegistrySeeding.Chunks("u", imports.unitColumns(),
						t -> ok(imports.importUnits("load-units", t, false)))) {
			for (SubjectSeed s : seeds) {
				if (s.institution()) {
					chunks.add(RegistrySeeding.institutionRow(s));
				}
				else {
					units.add(RegistrySeeding.unitRow(s));
				}
			}
		}
		double subjectSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("LOAD subjects: %d rows in %.1f s = %.0f rows/s (%d institutions)%n", seeds.size(), subjectSeconds,
				seeds.size() / subjectSeconds, institutions[0]);

		long[] generated = { 0 };
		long[] importNanos = { 0 };
		long t1 = System.nanoTime();
		try (RegistrySeeding.Chunks chunks = new RegistrySeeding.Chunks("p", imports.practitionerColumns(), t -> {
			long s = System.nanoTime();
			ok(imports.importPractitioners("load-practitioners", t, false));
			importNanos[0] += System.nanoTime() - s;
		})) {
			new PractitionerGenerator(seed + 1).generate(seeds, 1.0, p -> {
				generated[0]++;
				chunks.add(RegistrySeeding.practitionerRow(p, bySeq));
			});
		}
		double all = (System.nanoTime() - t1) / 1e9;
		System.out.printf("LOAD practitioners: %d rows in %.1f s = %.0f rows/s end to end, %.0f rows/s inside the import%n", generated[0], all,
				generated[0] / all, generated[0] / (importNanos[0] / 1e9));

		for (String sql : List.of(
				"EXPLAIN ANALYZE SELECT id FROM subject WHERE kind = 'MEDICAL_INSTITUTION' AND region_code LIKE '2111%' AND (name_grams @> '{盘锦}'::text[] AND upper(name) LIKE '%盘锦%') ORDER BY name, id LIMIT 20",
				"EXPLAIN ANALYZE SELECT id FROM subject WHERE kind = 'MEDICAL_INSTITUTION' AND (name_grams @> '{大洼,洼区}'::text[] AND upper(name) LIKE '%大洼区%' OR uscc LIKE 'X%' OR licence_reg_no LIKE 'X%') ORDER BY name, id LIMIT 20",
				"EXPLAIN ANALYZE SELECT id FROM practitioner WHERE id_number_hash = 'abc'::varchar::bpchar",
				"EXPLAIN ANALYZE SELECT id FROM subject WHERE uscc = 'abc'::varchar::bpchar",
				"EXPLAIN ANALYZE SELECT id FROM subject WHERE kind = 'MEDICAL_INSTITUTION' AND (uscc LIKE '12211102%' OR licence_reg_no LIKE '12211102%' OR upper(name) LIKE '%12211102%') ORDER BY name, id LIMIT 20")) {
			System.out.println("LOAD " + String.join("\nLOAD ", jdbc.sql(sql).query(String.class).list()));
		}

		SplittableRandom random = new SplittableRandom(1);
		List<SubjectSeed> sample = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			SubjectSeed s = seeds.get(random.nextInt(seeds.size()));
			if (s.institution()) {
				sample.add(s);
			}
		}
		for (int warm = 0; warm < 50; warm++) {
			search(sample.get(warm % sample.size()).name().substring(0, 2));
		}
		List<Double> prefix = new ArrayList<>();
		List<Double> contains = new ArrayList<>();
		List<Double> code = new ArrayList<>();
		List<Double> licence = new ArrayList<>();
		for (SubjectSeed s : sample) {
			prefix.add(search(s.name().substring(0, Math.min(4, s.name().length()))));
			contains.add(search(s.name().substring(2, Math.min(6, s.name().length()))));
			code.add(search(s.uscc()));
			licence.add(search(s.licenceRegNo().substring(0, 12)));
		}
		report("name prefix", prefix);
		report("contained characters", contains);
		report("credit code", code);
		report("licence number prefix", licence);
		List<Double> people = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			long s = System.nanoTime();
			practitioners.search(new PractitionerQuery(String.valueOf("王李张刘陈".charAt(i % 5)), null, null, null, null), PageQuery.of(0, 20));
			people.add((System.nanoTime() - s) / 1e6);
		}
		report("practitioner name prefix", people);
	}

	private static ImportReport ok(ImportReport r) {
		if (!r.ok()) {
			throw new IllegalStateException(r.errors().subList(0, Math.min(5, r.errors().size())).toString());
		}
		return r;
	}

	private double search(String q) {
		long s = System.nanoTime();
		subjects.search(new SubjectQuery(q, SubjectKind.MEDICAL_INSTITUTION, null, null, null, null), PageQuery.of(0, 20));
		return (System.nanoTime() - s) / 1e6;
	}

	private static void report(String what, List<Double> ms) {
		List<Double> sorted = new ArrayList<>(ms);
		Collections.sort(sorted);
		System.out.printf("LOAD search %-26s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.size(),
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.get(sorted.size() - 1));
	}

}
