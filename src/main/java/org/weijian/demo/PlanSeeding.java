package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.inspection.plan.PlanDraft;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * Demo inspection plans (抽查计划) that show the plan lifecycle; the drawn plan of the public pages is
 * made by the draw step (order 60). 盘锦市: a public-place hygiene plan approved and then revised
 * (version 1 SUPERSEDED, version 2 a DRAFT), and a joint plan with the market regulator, approved and
 * waiting for its announcement; 济南市莱芜区: a school hygiene plan with one ratio for all, a DRAFT. Dates
 * follow the dataset's today; not scaled.
 */
@Component
class PlanSeeding implements DemoSeeding {

	private final Plans plans;

	private final Departments departments;

	PlanSeeding(Plans plans, Departments departments) {
		this.plans = plans;
		this.departments = departments;
	}

	@Override
	public int order() {
		return 58;
	}

	@Override
	public String name() {
		return "inspection-plans";
	}

	@Override
	public void seed(DemoDataset dataset) {
		LocalDate today = dataset.today();
		int year = today.getYear();
		DepartmentView panjin = department(DemoDataset.PANJIN, DepartmentKind.HEALTH_SUPERVISION);
		DepartmentView market = department(DemoDataset.PANJIN, DepartmentKind.MARKET_REGULATION);
		DepartmentView laiwu = department(DemoDataset.LAIWU, DepartmentKind.HEALTH_SUPERVISION);

		String hygiene = year + "年盘锦市公共场所卫生双随机抽查计划";
		if (panjin != null && !exists(hygiene, year)) {
			PlanDraft draft = draft(year, hygiene, "MUNICIPAL", "盘卫健发〔" + year + "〕21号", panjin.id(), DemoDataset.PANJIN,
					List.of("PUBLIC_PLACE"), "BY_TIER", Map.of("A", "0.05", "B", "0.2", "C", "0.6", "D", "1"), "2", List.of(), "8", today,
					null);
			PlanView v1 = plans.create(draft);
			PlanView approved = plans.approve(v1.id(), v1.rowVersion());
			plans.update(v1.id(), draft(year, hygiene, "MUNICIPAL", "盘卫健发〔" + year + "〕21号", panjin.id(), DemoDataset.PANJIN,
					List.of("PUBLIC_PLACE", "DRINKING_WATER"), "BY_TIER", Map.of("A", "0.05", "B", "0.2", "C", "0.6", "D", "1"), "2",
					List.of(), "8", today, approved.rowVersion()));
		}

		String joint = year + "年盘锦市医疗机构依法执业部门联合双随机抽查计划";
		if (panjin != null && market != null && !exists(joint, year)) {
			PlanView created = plans.create(draft(year, joint, "MUNICIPAL", "盘卫健联发〔" + year + "〕3号", panjin.id(), DemoDataset.PANJIN,
					List.of("CLINIC", "OUTPATIENT_DEPARTMENT"), "BY_TIER", Map.of(), "",
					List.of(new PlanDraft.Department(String.valueOf(panjin.id()), "2"),
							new PlanDraft.Department(String.valueOf(market.id()), "1")),
					"", today, null));
			plans.approve(created.id(), created.rowVersion());
		}

		String school = year + "年莱芜区学校卫生双随机抽查计划";
		if (laiwu != null && !exists(school, year)) {
			plans.create(draft(year, school, "DISTRICT", "莱卫字〔" + year + "〕12号", laiwu.id(), DemoDataset.LAIWU, List.of("SCHOOL"),
					"UNIFORM", Map.of("ALL", "0.2"), "2", List.of(), "", today, null));
		}
	}

	private @Nullable DepartmentView department(String region, DepartmentKind kind) {
		return departments.byRegion(region)
			.stream()
			.filter(d -> d.code().equals(region + "-" + kind.name()))
			.findFirst()
			.orElse(null);
	}

	/** Whether a plan of that title exists (any status), so that a step cut off half-way resumes without duplicates. */
	private boolean exists(String title, int year) {
		for (String status : new String[] { null, "SUPERSEDED" }) {
			for (int page = 0;; page++) {
				PageResult<PlanView> result = plans.page(status, String.valueOf(year), PageQuery.of(page, PageQuery.MAX_SIZE));
				if (result.items().stream().anyMatch(p -> p.title().equals(title))) {
					return true;
				}
				if (!result.hasNext()) {
					break;
				}
			}
		}
		return false;
	}

	private static PlanDraft draft(int year, String title, String level, String documentNo, long departmentId, String region,
			List<String> categories, String mode, Map<String, String> ratios, String perTask, List<PlanDraft.Department> joint, String cap,
			LocalDate today, @Nullable Integer rowVersion) {
		List<PlanDraft.Source> sources = new ArrayList<>();
		sources.add(new PlanDraft.Source("福彩3D 开奖号码", "中国福利彩票发行管理中心当日公布的福彩3D开奖号码（3 个 0–9 的数字）",
				today.plusDays(14).toString(), "3", "0", "9"));
		sources.add(new PlanDraft.Source("双色球 开奖号码", "中国福利彩票发行管理中心当日公布的双色球开奖号码（6 个红球 1–33 与 1 个蓝球 1–16，按 7 个数录入）",
				today.plusDays(16).toString(), "7", "1", "33"));
		return new PlanDraft(String.valueOf(year), title, level, documentNo, String.valueOf(departmentId), region, categories, null, mode,
				new LinkedHashMap<>(ratios), perTask, joint, cap, today.plusDays(30).toString(), today.plusDays(150).toString(), "", sources,
				rowVersion);
	}

}
