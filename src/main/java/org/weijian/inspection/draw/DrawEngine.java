package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


/**
 * Runs a whole draw (抽取) as published in {@code docs/draw-algorithm.md}: the key string, the strata and
 * their RFC 3797 selections, then the tasks in stratum order A, B, C, D, ALL and selection order, each
 * staffed from the inspectors eligible for it (per department in code order for a joint plan).
 * Inspectors are grouped once by the (region, category) of the objects drawn; a task filters only its
 * group for recusals, the cap and the department.
 */
public final class DrawEngine {

	private DrawEngine() {
	}

	public static DrawRecord run(DrawInput input) {
		PlanTerms terms = PlanTerms.of(input);
		Map<String, Object> plan = terms.publish(input.planSummary());
		if (plan.get("ratios") instanceof Map<?, ?> planned && !sameRatios(planned, input.ratios())) {
			throw new IllegalArgumentException("the plan summary's ratios " + planned + " differ from the draw's " + input.ratios());
		}
		String key = Rfc3797.key(input.sources().stream().map(EntropySource::values).toList());

		List<DrawRecord.Stratum> strata = drawStrata(input, key);
		Map<String, PoolObject> objectsById = new HashMap<>(input.objects().size() * 2);
		input.objects().forEach(o -> objectsById.put(o.id(), o));

		List<String> inspectorIds = input.inspectors().stream().map(PoolInspector::id).toList();
		String inspectorDigest = PoolDigest.inspectors(inspectorIds);
		List<DrawRecord.Task> tasks = staff(input, terms, key, strata, objectsById);
		String poolDigest = PoolDigest.ofStrata(strata.stream().map(DrawRecord.Stratum::tier).toList(),
				strata.stream().map(DrawRecord.Stratum::candidates).toList(), (id, tier) -> {
					throw new IllegalArgumentException("object " + id + " appears twice in the pool");
				});
		return new DrawRecord(input.drawId(), DrawRecord.ALGORITHM, plan, input.sources(), key, poolDigest,
				inspectorDigest, Utf8Order.sorted(inspectorIds), strata, tasks);
	}

	private static boolean sameRatios(Map<?, ?> planned, Map<String, BigDecimal> ratios) {
		if (!planned.keySet().equals(ratios.keySet())) {
			return false;
		}
		for (Map.Entry<String, BigDecimal> e : ratios.entrySet()) {
			Object value = planned.get(e.getKey());
			BigDecimal plannedRatio;
			try {
				plannedRatio = value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
			}
			catch (NumberFormatException ex) {
				return false;
			}
			if (plannedRatio.compareTo(e.getValue()) != 0) {
				return false;
			}
		}
		return true;
	}

	/** The ratio as published: plain decimal, no trailing zeros ({@code "0.05"}, {@code "1"}). */
	public static String ratioText(BigDecimal ratio) {
		return ratio.signum() == 0 ? "0" : ratio.stripTrailingZeros().toPlainString();
	}

	private static List<DrawRecord.Stratum> drawStrata(DrawInput input, String key) {
		Map<String, List<String>> byStratum = new LinkedHashMap<>();
		for (String tier : PoolObject.STRATA) {
			if (input.ratios().containsKey(tier)) {
				byStratum.put(tier, new ArrayList<>());
			}
		}
		for (PoolObject o : input.objects()) {
			List<String> members = byStratum.get(o.stratum());
			if (members == null) {
				throw new IllegalArgumentException("object " + o.id() + " is in stratum " + o.stratum() + ", which the plan gives no ratio");
			}
			members.add(o.id());
		}
		List<DrawRecord.Stratum> strata = new ArrayList<>();
		byStratum.forEach((tier, members) -> {
			List<String> candidates = Utf8Order.sorted(members);
			if (!Utf8Order.strictlyAscending(candidates)) {
				throw new IllegalArgumentException("object ids in stratum " + tier + " must be unique");
			}
			BigDecimal ratio = input.ratios().get(tier);
			int k = StratumDraw.count(ratio, candidates.size());
			List<String> selected;
			if (k >= candidates.size()) {
				selected = candidates;
			}
			else {
				if (k > Rfc3797.MAX_SELECTIONS) {
					throw new IllegalArgumentException("stratum " + tier + " would select " + k + " objects; RFC 3797 numbers at most "
							+ Rfc3797.MAX_SELECTIONS + " selections per draw — lower the ratio or split the plan");
				}
				int[] positions = Rfc3797.positions(candidates.size(), k, key + "stratum:" + tier + "/");
				String[] ids = new String[k];
				for (int i = 0; i < k; i++) {
					ids[i] = candidates.get(positions[i]);
				}
				selected = List.of(ids);
			}
			strata.add(new DrawRecord.Stratum(tier, ratioText(ratio), candidates, k, selected));
		});
		return strata;
	}

	private static List<DrawRecord.Task> staff(DrawInput input, PlanTerms terms, String key, List<DrawRecord.Stratum> strata,
			Map<String, PoolObject> objectsById) {
		EligibilityIndex index = new EligibilityIndex(input.inspectors(), input.inspectionStart());
		Map<String, Set<String>> recusedBy = new HashMap<>();
		for (Recusal r : input.recusals()) {
			recusedBy.computeIfAbsent(r.objectId(), o -> new HashSet<>()).add(r.inspectorId());
		}
		int[] staffedTasks = new int[input.inspectors().size()];
		int cap = terms.capPerInspector() == null ? Integer.MAX_VALUE : terms.capPerInspector();
		List<DrawRecord.Task> tasks = new ArrayList<>();
		int t = 0;
		for (DrawRecord.Stratum stratum : strata) {
			for (String objectId : stratum.selected()) {
				PoolObject object = objectsById.get(objectId);
				Set<String> recused = recusedBy.getOrDefault(objectId, Collections.emptySet());
				List<Candidate> group = index.group(object.regionCode(), object.categoryCode());
				List<DrawRecord.Draw> draws = new ArrayList<>();
				List<String> failures = new ArrayList<>();
				List<Candidate> taskChosen = new ArrayList<>();
				Map<String, Integer> perDraw = terms.joint() ? terms.departments() : Collections.singletonMap(null, terms.inspectorsPerTask());
				for (Map.Entry<String, Integer> part : perDraw.entrySet()) {
					String department = part.getKey();
					int required = part.getValue();
					List<String> eligible = new ArrayList<>();
					List<Candidate> eligibleCandidates = new ArrayList<>();
					for (Candidate candidate : group) {
						if ((department == null || department.equals(candidate.department())) && staffedTasks[candidate.ordinal()] < cap
								&& (recused.isEmpty() || !recused.contains(candidate.id()))) {
							eligible.add(candidate.id());
							eligibleCandidates.add(candidate);
						}
					}
					String drawKey = TaskStaffing.key(key, t, department);
					List<String> chosen = List.of();
					List<Candidate> chosenCandidates = List.of();
					if (eligible.size() < required) {
						failures.add("eligible " + eligible.size() + " < required " + required + (department == null ? "" : " (dept " + department + ")"));
					}
					else {
						int[] positions = Rfc3797.positions(eligible.size(), required, drawKey);
						String[] ids = new String[required];
						Candidate[] picked = new Candidate[required];
						for (int i = 0; i < required; i++) {
							picked[i] = eligibleCandidates.get(positions[i]);
							ids[i] = picked[i].id();
						}
						chosen = List.of(ids);
						chosenCandidates = List.of(picked);
					}
					draws.add(new DrawRecord.Draw(drawKey, eligible, required, chosen));
					taskChosen.addAll(chosenCandidates);
				}
				boolean staffed = failures.isEmpty();
				if (staffed) {
					taskChosen.forEach(c -> staffedTasks[c.ordinal()]++);
				}
				tasks.add(new DrawRecord.Task(t, objectId, draws, staffed ? DrawRecord.STAFFED : DrawRecord.UNSTAFFED,
						staffed ? null : String.join("; ", failures)));
				t++;
			}
		}
		return tasks;
	}

	/** An inspector in the eligibility index: its position in the pool (for the cap counters), id and department. */
	private record Candidate(int ordinal, String id, String department) {
	}

	/** The inspectors active and certified on the start day, grouped by the (region, category) they may inspect, sorted by id. */
	private static final class EligibilityIndex {

		private final Map<String, List<PoolInspector>> byPrefix = new HashMap<>();

		private final Map<PoolInspector, Candidate> candidates = new java.util.IdentityHashMap<>();

		private final TreeSet<Integer> prefixLengths = new TreeSet<>();

		private final Map<String, List<Candidate>> groups = new HashMap<>();

		EligibilityIndex(List<PoolInspector> inspectors, java.time.LocalDate start) {
			Set<String> seen = new HashSet<>();
			int ordinal = 0;
			for (PoolInspector inspector : inspectors) {
				candidates.put(inspector, new Candidate(ordinal++, inspector.id(), inspector.departmentCode()));
				if (!seen.add(inspector.id())) {
					throw new IllegalArgumentException("inspector " + inspector.id() + " appears twice in the pool");
				}
				if (inspector.active() && inspector.certifiedOn(start)) {
					String prefix = inspector.jurisdictionPrefix();
					byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(inspector);
					prefixLengths.add(prefix.length());
				}
			}
		}

		List<Candidate> group(String region, String category) {
			return groups.computeIfAbsent(region + "\t" + category, g -> {
				List<Candidate> out = new ArrayList<>();
				for (int length : prefixLengths) {
					if (length > region.length()) {
						break;
					}
					for (PoolInspector inspector : byPrefix.getOrDefault(region.substring(0, length), List.of())) {
						if (inspector.coveredCategories().contains(category)) {
							out.add(candidates.get(inspector));
						}
					}
				}
				out.sort((a, b) -> Utf8Order.compare(a.id(), b.id()));
				return List.copyOf(out);
			});
		}

	}

}
