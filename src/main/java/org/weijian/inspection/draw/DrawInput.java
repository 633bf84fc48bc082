package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Everything a draw needs: the frozen pools, the recusal pairs, the confirmed entropy values and the plan's
 * parameters.
 *
 * @param drawId the public id of the record
 * @param planSummary the plan summary published in the record's {@code "plan"} (JSON-able values: String,
 *        Integer/Long, Boolean, List, Map, null); the keys {@code inspectors_per_task},
 *        {@code cap_per_inspector} and {@code departments} are checked against (or added from) the
 *        parameters below, since the verifier reads them
 * @param ratios keys {@code "A","B","C","D"} or only {@code "ALL"}, each a decimal in [0, 1] with at most 4
 *        places
 * @param inspectorsPerTask inspectors per task when {@code departments} is empty
 * @param departments a joint plan (联合抽查): department code → inspectors it sends, drawn in code order
 *        (UTF-8); empty otherwise
 * @param capPerInspector at most this many staffed tasks per inspector, or null for no cap
 * @param inspectionStart the day on which certificates must be valid
 */
public record DrawInput(String drawId, Map<String, Object> planSummary, List<EntropySource> sources,
		Map<String, BigDecimal> ratios, List<PoolObject> objects, List<PoolInspector> inspectors, Set<Recusal> recusals,
		int inspectorsPerTask, SortedMap<String, Integer> departments, @Nullable Integer capPerInspector,
		LocalDate inspectionStart) {

	public DrawInput {
		if (drawId == null || drawId.isBlank()) {
			throw new IllegalArgumentException("a draw needs an id");
		}
		if (sources == null || sources.isEmpty()) {
			throw new IllegalArgumentException("a draw needs at least one entropy source");
		}
		if (ratios == null || ratios.isEmpty()) {
			throw new IllegalArgumentException("a draw needs sampling ratios");
		}
		boolean uniform = ratios.containsKey("ALL");
		if (uniform ? ratios.size() != 1 : !ratios.keySet().stream().allMatch(k -> Set.of("A", "B", "C", "D").contains(k))) {
			throw new IllegalArgumentException("ratios are keyed A, B, C, D or only ALL: " + ratios.keySet());
		}
		ratios.values().forEach(r -> StratumDraw.count(r, 0));
		if (departments == null) {
			departments = Collections.emptySortedMap();
		}
		if (departments.isEmpty() && inspectorsPerTask <= 0) {
			throw new IllegalArgumentException("a task needs at least one inspector: " + inspectorsPerTask);
		}
		departments.forEach((code, count) -> {
			if (count == null || count <= 0) {
				throw new IllegalArgumentException("department " + code + " sends at least one inspector: " + count);
			}
		});
		if (capPerInspector != null && capPerInspector <= 0) {
			throw new IllegalArgumentException("a cap per inspector is positive: " + capPerInspector);
		}
		TreeMap<String, Integer> ordered = new TreeMap<>(Utf8Order.COMPARATOR);
		ordered.putAll(departments);
		departments = Collections.unmodifiableSortedMap(ordered);
		planSummary = Collections.unmodifiableMap(new LinkedHashMap<>(planSummary == null ? Map.of() : planSummary));
		sources = List.copyOf(sources);
		ratios = Map.copyOf(ratios);
		objects = List.copyOf(objects);
		inspectors = List.copyOf(inspectors);
		recusals = Set.copyOf(recusals);
	}

	/** True for a joint plan (联合抽查), whose tasks draw per department. */
	public boolean joint() {
		return !departments.isEmpty();
	}

}
