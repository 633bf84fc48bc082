package org.weijian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.inspection.plan.PlanStatus;
import org.weijian.inspection.plan.PlanVersion;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;
import org.weijian.inspection.plan.RatioMode;
import org.weijian.shared.web.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PlanSeedingIT {

	@Autowired
	AgencySeeding agency;

	@Autowired
	PlanSeeding step;

	@Autowired
	DemoAreas areas;

	@Autowired
	Plans plans;

	@Autowired
	Clock clock;

	@Test
	void seedsPlansAtEveryStageOfTheirLifecycleOnceThroughThePlansApi() {
		LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
		DemoDataset dataset = new DemoDataset(0.05, 20261123L, areas.areas(), today);
		agency.seed(dataset);
		step.seed(dataset);
		step.seed(dataset);
		int year = today.getYear();
		Map<String, List<PlanView>> byTitle = all(year).stream().collect(Collectors.groupingBy(PlanView::title));

		List<PlanView> hygiene = byTitle.get(year + "年盘锦市公共场所卫生双随机抽查计划");
		assertThat(hygiene).extracting(PlanView::status).containsExactlyInAnyOrder(PlanStatus.SUPERSEDED, PlanStatus.DRAFT);
		PlanView v2 = hygiene.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst().orElseThrow();
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.categories()).containsExactly("DRINKING_WATER", "PUBLIC_PLACE");
		List<PlanVersion> versions = plans.versions(v2.id());
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).approvedBy()).isNotNull();

		List<PlanView> joint = byTitle.get(year + "年盘锦市医疗机构依法执业部门联合双随机抽查计划");
		assertThat(joint).hasSize(1);
		assertThat(joint.get(0).status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(joint.get(0).departments()).hasSize(2);
		assertThat(joint.get(0).inspectorsPerTask()).isEqualTo(3);
		assertThat(joint.get(0).ratios()).containsOnlyKeys("A", "B", "C", "D");

		List<PlanView> school = byTitle.get(year + "年莱芜区学校卫生双随机抽查计划");
		assertThat(school).hasSize(1);
		assertThat(school.get(0).ratioMode()).isEqualTo(RatioMode.UNIFORM);
		assertThat(school.get(0).regionCode()).isEqualTo("370116");
		assertThat(school.get(0).sources()).hasSize(2);
	}

	private List<PlanView> all(int year) {
		List<PlanView> all = new java.util.ArrayList<>();
		for (String status : java.util.Arrays.asList(null, "SUPERSEDED")) {
			for (int page = 0;; page++) {
				org.weijian.shared.web.PageResult<PlanView> result = plans.page(status, String.valueOf(year), PageQuery.of(page, PageQuery.MAX_SIZE));
				all.addAll(result.items());
				if (!result.hasNext()) {
					break;
				}
			}
		}
		return all;
	}

}
