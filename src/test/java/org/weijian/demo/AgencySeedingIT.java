package org.weijian.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.agency.DepartmentFilter;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorFilter;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.InspectorStatus;
import org.weijian.agency.Inspectors;
import org.weijian.shared.web.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AgencySeedingIT {

	@Autowired
	AgencySeeding step;

	@Autowired
	DemoAreas areas;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Test
	void seedsEveryKindOfDepartmentAndAboutOneInspectorPerTenThousandResidents() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		DemoDataset dataset = new DemoDataset(0.05, 20261123L, areas.areas(), today);
		step.seed(dataset);
		for (String region : List.of("211100", "211102", "211103", "211104", "211122", "370116")) {
			Set<DepartmentKind> kinds = departments.byRegion(region).stream()
				.filter(d -> d.code().equals(region + "-" + d.kind().name()))
				.map(DepartmentView::kind)
				.collect(Collectors.toSet());
			assertThat(kinds).as("kinds in %s", region).containsExactlyInAnyOrder(DepartmentKind.values());
		}
		DepartmentView laiwu = departments.byRegion("370116").stream().filter(d -> d.code().equals("370116-PUBLIC_SECURITY")).findFirst().orElseThrow();
		assertThat(laiwu.name()).isEqualTo("济南市公安局莱芜区分局");
		assertThat(departments.duties(laiwu.id())).isNotEmpty();

		List<InspectorProfile> shuangtaizi = all("211102");
		assertThat(shuangtaizi.size()).isBetween(15, 27); // 257,000 residents × 0.65–1.0 per 10,000
		List<InspectorProfile> laiwuInspectors = all("370116");
		assertThat(laiwuInspectors.size()).isBetween(80, 115);
		List<InspectorProfile> panjin = all("2111");
		assertThat(panjin.stream().filter(i -> i.jurisdictionCode().equals("211100")).count()).isBetween(30L, 40L);
		assertThat(panjin).extracting(InspectorProfile::certificateNo).doesNotHaveDuplicates().allMatch(c -> c.startsWith("辽卫监证字"));
		assertThat(laiwuInspectors).allMatch(i -> i.certificateNo().startsWith("鲁卫监证字"));
		assertThat(panjin).anyMatch(i -> i.status() == InspectorStatus.SUSPENDED);
		assertThat(panjin).anyMatch(i -> !i.certifiedOn(today));
		assertThat(panjin).anyMatch(i -> i.jurisdictionCode().length() == 9);
		assertThat(panjin).anyMatch(i -> i.specialties().size() > 1);
		assertThat(inspectors.eligible("211102", "PUBLIC_PLACE", today)).isNotEmpty();

		long departmentsBefore = departments.page(new DepartmentFilter("211100", null), PageQuery.of(0, 1)).totalElements();
		step.seed(dataset);
		assertThat(departments.page(new DepartmentFilter("211100", null), PageQuery.of(0, 1)).totalElements()).isEqualTo(departmentsBefore);
		assertThat(all("211102")).hasSameSizeAs(shuangtaizi);
	}

	/** The seeded health-supervision inspectors whose department lies in the region subtree. */
	private List<InspectorProfile> all(String prefix) {
		return inspectors.page(new InspectorFilter(null, null, null, null, prefix.length() == 4 ? prefix + "00" : prefix), PageQuery.of(0, 200))
			.items()
			.stream()
			.filter(i -> i.departmentCode().endsWith("-HEALTH_SUPERVISION") && i.departmentCode().startsWith(prefix))
			.toList();
	}

}
