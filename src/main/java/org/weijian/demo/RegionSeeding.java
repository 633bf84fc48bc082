package org.weijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.weijian.region.Grid;
import org.weijian.region.GridRole;
import org.weijian.region.Grids;
import org.weijian.region.NewGrid;
import org.weijian.region.NewGridStaff;
import org.weijian.region.RegionPopulations;

/**
 * Demo step "regions": records each demo county's resident population (last year's figure) and draws
 * three to six grids in every town and street, each with one 网格长 and two or three 网格员. Grids are
 * geography, so the scale factor does not change them. A grid whose name a town already has is not drawn again.
 */
@Component
class RegionSeeding implements DemoSeeding {

	private static final String[] ORDINALS = { "一", "二", "三", "四", "五", "六" };

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
			"151", "152", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
			"189", "199" };

	/** One planned grid of a town and its staff. */
	record GridPlan(String townCode, String name, List<StaffPlan> staff) {
	}

	record StaffPlan(String name, String phone, GridRole role, LocalDate from) {
	}

	private final RegionPopulations populations;

	private final Grids grids;

	RegionSeeding(RegionPopulations populations, Grids grids) {
		this.populations = populations;
		this.grids = grids;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String name() {
		return "regions";
	}

	@Override
	public void seed(DemoDataset dataset) {
		int year = dataset.today().getYear() - 1;
		for (Area area : dataset.areas()) {
			populations.record(area.countyCode(), DemoAreas.residents(area), year, populations.version(area.countyCode()));
		}
		Map<String, Set<String>> existing = new HashMap<>();
		for (GridPlan plan : plan(dataset)) {
			Set<String> names = existing.computeIfAbsent(plan.townCode(), town -> grids.inTown(town).stream()
				.filter(Grid::active)
				.map(Grid::name)
				.collect(Collectors.toSet()));
			if (names.contains(plan.name())) {
				continue; // drawn by an earlier run
			}
			Grid grid = grids.create(new NewGrid(plan.townCode(), plan.name()));
			for (StaffPlan s : plan.staff()) {
				grids.assign(grid.id(), new NewGridStaff(s.name(), s.phone(), s.role().name(), s.from().toString()));
			}
		}
	}

	/** Every town's grids and staff, the same for the same seed and date. */
	List<GridPlan> plan(DemoDataset dataset) {
		SplittableRandom random = new SplittableRandom(dataset.seed() ^ 0x67726964L);
		Set<String> phones = new HashSet<>();
		List<GridPlan> plans = new ArrayList<>();
		for (Area area : dataset.areas()) {
			for (Area.Town town : area.towns()) {
				int count = 3 + random.nextInt(4);
				for (int i = 0; i < count; i++) {
					List<StaffPlan> staff = new ArrayList<>();
					int members = 2 + random.nextInt(2);
					for (int m = 0; m <= members; m++) {
						staff.add(new StaffPlan(ChineseNames.person(random), mobile(random, phones),
								m == 0 ? GridRole.GRID_LEADER : GridRole.GRID_MEMBER,
								dataset.today().minusDays(30 + random.nextInt(1500))));
					}
					plans.add(new GridPlan(town.code(), town.name() + "第" + ORDINALS[i] + "网格", List.copyOf(staff)));
				}
			}
		}
		return plans;
	}

	private static String mobile(SplittableRandom random, Set<String> used) {
		while (true) {
			String phone = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
			if (used.add(phone)) {
				return phone;
			}
		}
	}

}
