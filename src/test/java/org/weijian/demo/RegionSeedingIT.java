package org.weijian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.region.Grid;
import org.weijian.region.GridRole;
import org.weijian.region.GridStaff;
import org.weijian.region.Grids;
import org.weijian.region.Population;
import org.weijian.region.RegionPopulations;
import org.weijian.region.Regions;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's "regions" step, run on its own at a small scale and checked through the region API. */
@SpringBootTest
class RegionSeedingIT {

	@Autowired
	DemoAreas areas;

	@Autowired
	RegionPopulations populations;

	@Autowired
	Grids grids;

	@Autowired
	Regions regions;

	@Autowired
	Clock clock;

	@Test
	void recordsCountyPopulationsAndStaffsThreeToSixGridsPerTown() {
		DemoDataset dataset = new DemoDataset(0.05, 20261123L, areas.areas(), LocalDate.now(clock));
		RegionSeeding step = new RegionSeeding(populations, grids);
		assertThat(step.order()).isEqualTo(10);
		assertThat(step.name()).isEqualTo("regions");
		step.seed(dataset);

		for (Area area : dataset.areas()) {
			assertThat(regions.population(area.countyCode())).get()
				.extracting(Population::residents, Population::year, Population::source)
				.containsExactly(DemoAreas.residents(area), dataset.today().getYear() - 1, Population.Source.RECORDED);
		}
		populations.clear(DemoDataset.PANJIN, populations.version(DemoDataset.PANJIN)); // the city sums its four counties
		assertThat(regions.population(DemoDataset.PANJIN)).get()
			.satisfies(p -> assertThat(p.residents()).isEqualTo(dataset.areas().stream()
				.filter(a -> a.countyCode().startsWith("2111")).mapToLong(DemoAreas::residents).sum()));

		List<RegionSeeding.GridPlan> plan = step.plan(dataset);
		Map<String, List<RegionSeeding.GridPlan>> byTown = plan.stream().collect(Collectors.groupingBy(RegionSeeding.GridPlan::townCode));
		int towns = dataset.areas().stream().mapToInt(a -> a.towns().size()).sum();
		assertThat(byTown).hasSize(towns);
		assertThat(byTown.values()).allSatisfy(p -> assertThat(p).hasSizeBetween(3, 6));
		for (RegionSeeding.GridPlan p : plan) {
			Grid grid = grids.inTown(p.townCode()).stream().filter(g -> g.active() && g.name().equals(p.name())).findFirst().orElseThrow();
			assertThat(grid.name()).endsWith("网格").startsWith(regions.get(p.townCode()).name() + "第");
			List<GridStaff> staff = grids.staff(grid.id()).stream().filter(GridStaff::active).toList();
			assertThat(staff).hasSizeBetween(3, 4);
			assertThat(staff).filteredOn(s -> s.role() == GridRole.GRID_LEADER).hasSize(1);
			assertThat(staff).allSatisfy(s -> assertThat(s.phoneMasked()).matches("1[3-9]\\d\\*{4}\\d{4}"));
		}
	}

	@Test
	void theSameSeedPlansTheSameGridsAndASecondRunAddsNothing() {
		DemoDataset dataset = new DemoDataset(0.05, 20261123L, areas.areas(), LocalDate.now(clock));
		RegionSeeding step = new RegionSeeding(populations, grids);
		assertThat(step.plan(dataset)).isEqualTo(step.plan(dataset));
		assertThat(step.plan(new DemoDataset(0.05, 7L, dataset.areas(), dataset.today()))).isNotEqualTo(step.plan(dataset));
		assertThat(step.plan(new DemoDataset(100, 20261123L, dataset.areas(), dataset.today()))).isEqualTo(step.plan(dataset));
		step.seed(dataset);
		String town = dataset.areas().get(0).towns().get(0).code();
		int before = grids.inTown(town).size();
		step.seed(dataset);
		assertThat(grids.inTown(town)).hasSize(before);
	}

}
