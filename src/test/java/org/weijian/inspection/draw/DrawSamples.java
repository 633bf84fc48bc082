package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Small draw inputs covering strata, a cap, recusals, an unstaffed task and a joint plan. */
final class DrawSamples {

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final List<EntropySource> RFC_SOURCES = List.of(new EntropySource("lottery 2026-001", List.of(9319L)),
			new EntropySource("lottery 2026-002", List.of(2L, 5L, 12L, 8L, 10L)),
			new EntropySource("index close 2026-02-27", List.of(9L, 18L, 26L, 34L, 41L, 45L)));

	static final String RFC_KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";

	private DrawSamples() {
	}

	/**
	 * Plan by tier: 40 objects "1".."40" (tier by id: 1–12 A, 13–24 B, 25–34 C, 35–40 D), regions 211102 /
	 * 211103, category MED except every fifth PUB; object "40" lies in 211104 with category RARE, which no
	 * inspector covers (an unstaffed task). Inspectors "101".."112", 2 per task, cap 3.
	 */
	static DrawInput byTier() {
		List<PoolObject> objects = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			String tier = i <= 12 ? "A" : i <= 24 ? "B" : i <= 34 ? "C" : "D";
			String region = i == 40 ? "211104" : i % 2 == 0 ? "211102" : "211103";
			String category = i == 40 ? "RARE" : i % 5 == 0 ? "PUB" : "MED";
			objects.add(new PoolObject(String.valueOf(i), tier, region, category));
		}
		List<PoolInspector> inspectors = List.of(
				inspector("101", "D1", "211100", Set.of("MED", "PUB")), // city level: every county
				inspector("102", "D1", "211102", Set.of("MED")),
				inspector("103", "D1", "211102", Set.of("MED", "PUB")),
				inspector("104", "D1", "211103", Set.of("MED")),
				inspector("105", "D1", "211103", Set.of("MED", "PUB")),
				inspector("106", "D1", "211100", Set.of("MED")),
				inspector("107", "D1", "211102", Set.of("PUB")),
				new PoolInspector("108", "D1", "211100", Set.of("MED", "PUB"), START.minusYears(1), START.minusDays(1), true), // expired
				new PoolInspector("109", "D1", "211100", Set.of("MED", "PUB"), START, START, true), // valid on the start day only
				new PoolInspector("110", "D1", "211100", Set.of("MED", "PUB"), START.minusYears(1), START.plusYears(1), false), // inactive
				inspector("111", "D1", "210000", Set.of("MED")), // province level
				inspector("112", "D1", "211200", Set.of("MED", "PUB"))); // another city
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		ratios.put("A", new BigDecimal("0.05"));
		ratios.put("B", new BigDecimal("0.20"));
		ratios.put("C", new BigDecimal("0.6"));
		ratios.put("D", BigDecimal.ONE);
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("series_no", "CJ-2026-0001");
		plan.put("version", 1);
		plan.put("title", "盘锦市2026年医疗机构“双随机”抽查");
		plan.put("region_code", "211100");
		plan.put("ratio_mode", "BY_TIER");
		Map<String, Object> plannedRatios = new LinkedHashMap<>();
		plannedRatios.put("A", "0.0500");
		plannedRatios.put("B", "0.2000");
		plannedRatios.put("C", "0.6000");
		plannedRatios.put("D", "1.0000");
		plan.put("ratios", plannedRatios);
		plan.put("inspectors_per_task", 2);
		plan.put("cap_per_inspector", 3);
		plan.put("departments", List.of());
		return new DrawInput("draw-by-tier", plan, RFC_SOURCES, ratios, objects, inspectors,
				Set.of(new Recusal("101", "13"), new Recusal("106", "13"), new Recusal("111", "25")), 2, new TreeMap<>(), 3, START);
	}

	/**
	 * A joint plan (联合抽查) with one ratio for all: 30 objects "o01".."o30" in 211102, category MED;
	 * department "D2" sends 2, "D1" sends 1 (drawn in code order D1, D2); "D2" has 2 inspectors, one of whom
	 * declared a conflict with "o21", so the task for "o21" is unstaffed while its D1 draw succeeds.
	 */
	static DrawInput joint() {
		List<PoolObject> objects = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			objects.add(new PoolObject(String.format("o%02d", i), "ALL", "211102", "MED"));
		}
		List<PoolInspector> inspectors = List.of(inspector("201", "D1", "211102", Set.of("MED")), inspector("202", "D1", "211100", Set.of("MED")),
				inspector("203", "D1", "211102", Set.of("MED")), inspector("301", "D2", "211102", Set.of("MED")),
				inspector("302", "D2", "211100", Set.of("MED")));
		TreeMap<String, Integer> departments = new TreeMap<>(Map.of("D2", 2, "D1", 1));
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("title", "joint plan");
		plan.put("ratio_mode", "UNIFORM");
		return new DrawInput("draw-joint", plan, RFC_SOURCES, Map.of("ALL", new BigDecimal("0.3000")), objects, inspectors,
				Set.of(new Recusal("302", "o21")), 2, departments, null, START);
	}

	/** The worked example of {@code docs/draw-algorithm.md}: ten objects in tier A at 25 %, four inspectors, 2 per task. */
	static DrawInput tiny() {
		List<PoolObject> objects = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			objects.add(new PoolObject(String.valueOf(i), "A", "211102", "MED"));
		}
		List<PoolInspector> inspectors = List.of(inspector("7", "D1", "211102", Set.of("MED")), inspector("31", "D1", "211100", Set.of("MED")),
				inspector("30", "D1", "211102", Set.of("MED")), inspector("5", "D1", "211102", Set.of("MED")));
		return new DrawInput("tiny", Map.of("title", "worked example"), RFC_SOURCES, Map.of("A", new BigDecimal("0.25")), objects, inspectors,
				Set.of(new Recusal("5", "7")), 2, new TreeMap<>(), null, START);
	}

	static PoolInspector inspector(String id, String department, String jurisdiction, Set<String> categories) {
		return new PoolInspector(id, department, jurisdiction, categories, START.minusYears(2), START.plusYears(3), true);
	}

}
