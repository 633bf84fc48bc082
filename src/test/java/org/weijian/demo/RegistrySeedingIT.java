package org.weijian.demo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.registry.PractitionerQuery;
import org.weijian.registry.Practitioners;
import org.weijian.registry.RegistryImports;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.Subjects;
import org.weijian.shared.web.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class RegistrySeedingIT {

	@Autowired
	RegistryImports imports;

	@Autowired
	DemoAreas areas;

	@Autowired
	Subjects subjects;

	@Autowired
	Practitioners practitioners;

	@Test
	void seedsInstitutionsUnitsAndPractitionersThroughTheImportsAtSmallScale() {
		long seed = System.nanoTime() % 1_000_000_000L;
		DemoDataset dataset = new DemoDataset(0.05, seed, areas.areas(), LocalDate.of(2026, 11, 23));
		new RegistrySeeding(imports).seed(dataset);

		List<SubjectSeed> expected = new SubjectGenerator(seed, seed % 10_000_000).generate(dataset.areas(), dataset.institutions());
		assertThat(expected.stream().filter(SubjectSeed::institution).count()).isGreaterThanOrEqualTo(100);
		for (SubjectSeed s : expected) {
			assertThat(subjects.idByUscc(s.uscc())).as("seeded %s %s", s.category(), s.uscc()).isPresent();
		}
		SubjectSeed hospital = expected.get(0);
		long hospitalId = subjects.idByUscc(hospital.uscc()).orElseThrow();
		assertThat(subjects.find(hospitalId).orElseThrow().kind()).isEqualTo(SubjectKind.MEDICAL_INSTITUTION);
		assertThat(practitioners.search(new PractitionerQuery(null, null, hospitalId, null, null), PageQuery.of(0, 200)).totalElements())
			.isEqualTo(Math.max(1, hospital.staff()));
		assertThat(subjects.search(new SubjectQuery(hospital.name(), SubjectKind.MEDICAL_INSTITUTION, null, "211100", null, null),
				PageQuery.of(0, 20)).items()).extracting(s -> s.id()).contains(hospitalId);
		SubjectSeed unit = expected.stream().filter(s -> !s.institution()).findFirst().orElseThrow();
		assertThat(subjects.find(subjects.idByUscc(unit.uscc()).orElseThrow()).orElseThrow().categoryCode()).isEqualTo(unit.category());
	}

}
