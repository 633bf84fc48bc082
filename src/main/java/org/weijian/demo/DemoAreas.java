package org.weijian.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.weijian.region.Region;
import org.weijian.region.RegionLevel;
import org.weijian.region.Regions;

/** The demo's county-level areas with their real towns and streets, from the region module. */
@Component
class DemoAreas {

	/** County code, city short name, resident population (a rounded demo figure, see ADR 0013). */
	private static final List<Object[]> COUNTIES = List.of(new Object[] { "211102", "盘锦", 257_000 },
			new Object[] { "211103", "盘锦", 521_000 }, new Object[] { "211104", "盘锦", 372_000 },
			new Object[] { "211122", "盘锦", 240_000 }, new Object[] { "370116", "莱芜", 989_000 });

	private final Regions regions;

	DemoAreas(Regions regions) {
		this.regions = regions;
	}

	List<Area> areas() {
		return COUNTIES.stream().map(c -> {
			String code = (String) c[0];
			Region county = regions.get(code);
			List<Area.Town> towns = regions.descendants(code, RegionLevel.TOWN).stream()
				.map(t -> new Area.Town(t.code(), t.name()))
				.toList();
			return new Area(code, county.name(), (String) c[1], towns, (Integer) c[2] / 1000);
		}).toList();
	}

	/** The resident population the demo records for a county (its weight × 1,000). */
	static long residents(Area area) {
		return area.weight() * 1000L;
	}

}
