package org.weijian.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What every demo seeding step works from: the scale factor (1 = the normal demo, 100 = the benchmark
 * dataset), the generator seed, the county-level areas to fill (盘锦市's four and 济南市莱芜区) and
 * today's date from the injected clock.
 */
record DemoDataset(double scale, long seed, List<Area> areas, LocalDate today) {

	/** The city/district codes whose leaders and inspectors the demo users are: 盘锦市 and 莱芜区. */
	static final String PANJIN = "211100";

	static final String LAIWU = "370116";

	/** Medical institutions at scale 1 (public-health units come on top, in {@link InstitutionMix}'s share). */
	int institutions() {
		return (int) Math.round(2000 * scale);
	}

}
