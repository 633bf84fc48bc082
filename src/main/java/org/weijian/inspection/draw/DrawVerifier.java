package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Recomputes a published draw record (algorithm {@code weijian-draw/1}) from its own content and reports
 * every difference with its JSON path: the key from the sources; per stratum the sorted unique candidates,
 * {@code k = ceil(ratio × N)} and the selection; the object pool digest from the strata and the inspector
 * pool digest from {@code inspector_pool}; per task its number and object, each draw's key, eligible list
 * (sorted, unique, within the pool, nobody already at the cap), count and chosen inspectors, and the
 * status and reason. Which inspectors were eligible by jurisdiction, specialty, certificate and recusal is
 * not recomputable from the record (the pool's attributes are not in it); that the listed ones are sorted,
 * pooled and under the cap is.
 */
public final class DrawVerifier {

	private static final Pattern RATIO = Pattern.compile("(0|1)(\\.[0-9]{1,4})?");

	private static final int WHOLE_LIST_LIMIT = 20;

	private final List<VerificationReport.Difference> differences = new ArrayList<>();

	private DrawVerifier() {
	}

	public static VerificationReport verify(byte[] recordJson) {
		DrawRecord record;
		try {
			record = DrawRecord.fromJson(recordJson);
		}
		catch (DrawRecordJson.FormatException ex) {
			String message = ex.getMessage().substring(ex.path().length() + 2);
			return new VerificationReport("?", 0, 0, List.of(new VerificationReport.Difference(ex.path(), message)));
		}
		return verify(record);
	}

	public static VerificationReport verify(DrawRecord record) {
		DrawVerifier verifier = new DrawVerifier();
		verifier.check(record);
		return new VerificationReport(record.id(), record.strata().size(), record.tasks().size(), verifier.differences);
	}

	private void check(DrawRecord r) {
		if (!DrawRecord.ALGORITHM.equals(r.algorithm())) {
			differ("algorithm", quote(DrawRecord.ALGORITHM), quote(r.algorithm()));
			return;
		}
		String key = Rfc3797.key(r.sources().stream().map(EntropySource::values).toList());
		same("key", key, r.key());

		List<List<String>> selections = checkStrata(r, key);
		checkPlanRatios(r);
		checkInspectorPool(r);
		PlanTerms terms;
		try {
			terms = PlanTerms.read(r.plan());
		}
		catch (IllegalArgumentException ex) {
			int colon = ex.getMessage().indexOf(": ");
			differences.add(new VerificationReport.Difference(ex.getMessage().substring(0, colon), ex.getMessage().substring(colon + 2)));
			return;
		}
		checkTasks(r, key, terms, selections);
	}

	/** Checks the strata and the object pool digest; answers the expected selection of each stratum. */
	private List<List<String>> checkStrata(DrawRecord r, String key) {
		List<List<String>> selections = new ArrayList<>();
		int lastTier = -1;
		List<String> tiers = new ArrayList<>();
		List<List<String>> sortedCandidates = new ArrayList<>();
		for (int i = 0; i < r.strata().size(); i++) {
			DrawRecord.Stratum s = r.strata().get(i);
			String path = "strata[" + i + "]";
			int tier = PoolObject.STRATA.indexOf(s.tier());
			if (tier < 0) {
				differ(path + ".tier", "one of A, B, C, D, ALL", quote(s.tier()));
			}
			else if (tier <= lastTier || (tier == 4 && lastTier >= 0)) {
				differ(path + ".tier", "strata in the order A, B, C, D, or ALL alone", quote(s.tier()));
			}
			lastTier = Math.max(lastTier, tier);
			List<String> candidates = s.candidates();
			if (!Utf8Order.strictlyAscending(candidates)) {
				differ(path + ".candidates", "sorted by UTF-8 bytes without duplicates", firstDisorder(candidates));
				candidates = Utf8Order.sorted(new HashSet<>(candidates));
			}
			tiers.add(s.tier());
			sortedCandidates.add(candidates);
			if (!RATIO.matcher(s.ratio()).matches() || new BigDecimal(s.ratio()).compareTo(BigDecimal.ONE) > 0) {
				differ(path + ".ratio", "a decimal from 0 to 1 with at most 4 places", quote(s.ratio()));
				selections.add(s.selected());
				continue;
			}
			int k = StratumDraw.count(new BigDecimal(s.ratio()), candidates.size());
			if (k != s.k()) {
				differ(path + ".k", String.valueOf(k), String.valueOf(s.k()));
			}
			List<String> selected;
			if (k >= candidates.size()) {
				selected = candidates;
			}
			else if (k > Rfc3797.MAX_SELECTIONS) {
				differ(path + ".k", "at most " + Rfc3797.MAX_SELECTIONS + " selections (RFC 3797)", String.valueOf(k));
				selections.add(s.selected());
				continue;
			}
			else {
				int[] positions = Rfc3797.positions(candidates.size(), k, key + "stratum:" + s.tier() + "/");
				String[] ids = new String[k];
				for (int p = 0; p < k; p++) {
					ids[p] = candidates.get(positions[p]);
				}
				selected = List.of(ids);
			}
			sameList(path + ".selected", selected, s.selected());
			selections.add(selected);
		}
		String digest = PoolDigest.ofStrata(tiers, sortedCandidates, (id, tier) -> differ("strata[" + tiers.indexOf(tier) + "].candidates",
				"each object in one stratum", quote(id) + " also in an earlier stratum"));
		same("pool_digest", digest, r.poolDigest());
		return selections;
	}

	/** When the plan summary lists {@code ratios} (tier → decimal string), the strata are exactly those tiers at those ratios. */
	private void checkPlanRatios(DrawRecord r) {
		if (!(r.plan().get("ratios") instanceof Map<?, ?> ratios)) {
			return;
		}
		List<String> tiers = r.strata().stream().map(DrawRecord.Stratum::tier).toList();
		List<String> plannedTiers = PoolObject.STRATA.stream().filter(ratios::containsKey).toList();
		if (!plannedTiers.equals(tiers) || plannedTiers.size() != ratios.size()) {
			differ("strata", "the tiers of plan.ratios " + ratios.keySet(), tiers.toString());
			return;
		}
		for (int i = 0; i < tiers.size(); i++) {
			Object planned = ratios.get(tiers.get(i));
			String published = r.strata().get(i).ratio();
			if (!(planned instanceof String text) || !RATIO.matcher(text).matches() || !RATIO.matcher(published).matches()
					|| new BigDecimal(text).compareTo(new BigDecimal(published)) != 0) {
				differ("strata[" + i + "].ratio", (planned instanceof String ? quote((String) planned) : String.valueOf(planned)) + " (plan.ratios."
						+ tiers.get(i) + ")", quote(published));
			}
		}
	}

	private void checkInspectorPool(DrawRecord r) {
		List<String> pool = r.inspectorPool();
		if (!Utf8Order.strictlyAscending(pool)) {
			differ("inspector_pool", "sorted by UTF-8 bytes without duplicates", firstDisorder(pool));
			pool = Utf8Order.sorted(new HashSet<>(pool));
		}
		StringBuilder listing = new StringBuilder(pool.size() * 8);
		pool.forEach(id -> listing.append(id).append('\n'));
		same("inspector_pool_digest", PoolDigest.sha256(listing.toString()), r.inspectorPoolDigest());
	}

	private void checkTasks(DrawRecord r, String key, PlanTerms terms, List<List<String>> selections) {
		List<String> objects = selections.stream().flatMap(List::stream).toList();
		if (objects.size() != r.tasks().size()) {
			differ("tasks", objects.size() + " tasks (one per selected object)", String.valueOf(r.tasks().size()));
		}
		Map<String, Integer> pool = new HashMap<>(r.inspectorPool().size() * 2);
		for (String id : r.inspectorPool()) {
			pool.putIfAbsent(id, pool.size());
		}
		int[] staffedTasks = new int[pool.size()];
		Integer cap = terms.capPerInspector();
		Map<String, Integer> parts = terms.joint() ? terms.departments() : Collections.singletonMap(null, terms.inspectorsPerTask());
		for (int t = 0; t < r.tasks().size(); t++) {
			DrawRecord.Task task = r.tasks().get(t);
			String path = "tasks[" + t + "]";
			if (task.index() != t) {
				differ(path + ".index", String.valueOf(t), String.valueOf(task.index()));
			}
			if (t < objects.size()) {
				same(path + ".object", objects.get(t), task.object());
			}
			if (task.draws().size() != parts.size()) {
				differ(path + ".draws", parts.size() + (terms.joint() ? " draws, one per department " + parts.keySet() : " draw"),
						task.draws().size() + " draws");
			}
			List<String> failures = new ArrayList<>();
			List<String> chosenAll = new ArrayList<>();
			int d = 0;
			for (Map.Entry<String, Integer> part : parts.entrySet()) {
				if (d >= task.draws().size()) {
					break;
				}
				DrawRecord.Draw draw = task.draws().get(d);
				String dp = path + ".draws[" + d + "]";
				d++;
				String department = part.getKey();
				int required = part.getValue();
				same(dp + ".key", TaskStaffing.key(key, t, department), draw.key());
				if (draw.count() != required) {
					differ(dp + ".count", String.valueOf(required), String.valueOf(draw.count()));
				}
				List<String> eligible = draw.eligible();
				if (!Utf8Order.strictlyAscending(eligible)) {
					differ(dp + ".eligible", "sorted by UTF-8 bytes without duplicates", firstDisorder(eligible));
					eligible = Utf8Order.sorted(new HashSet<>(eligible));
				}
				for (int e = 0; e < eligible.size(); e++) {
					String id = eligible.get(e);
					Integer ordinal = pool.get(id);
					if (ordinal == null) {
						differ(dp + ".eligible", "inspectors of inspector_pool", quote(id) + ", not in the pool");
					}
					else if (cap != null && staffedTasks[ordinal] >= cap) {
						differ(dp + ".eligible", "nobody with cap_per_inspector " + cap + " staffed tasks already",
								quote(id) + " with " + staffedTasks[ordinal]);
					}
				}
				List<String> chosen;
				if (eligible.size() < required) {
					failures.add("eligible " + eligible.size() + " < required " + required + (department == null ? "" : " (dept " + department + ")"));
					chosen = List.of();
				}
				else {
					int[] positions = Rfc3797.positions(eligible.size(), required, TaskStaffing.key(key, t, department));
					String[] ids = new String[required];
					for (int p = 0; p < required; p++) {
						ids[p] = eligible.get(positions[p]);
					}
					chosen = List.of(ids);
				}
				sameList(dp + ".chosen", chosen, draw.chosen());
				chosenAll.addAll(chosen);
			}
			boolean staffed = failures.isEmpty();
			same(path + ".status", staffed ? DrawRecord.STAFFED : DrawRecord.UNSTAFFED, task.status());
			String reason = staffed ? null : String.join("; ", failures);
			if (!java.util.Objects.equals(reason, task.reason())) {
				differ(path + ".reason", reason == null ? "null" : quote(reason), task.reason() == null ? "null" : quote(task.reason()));
			}
			if (staffed) {
				for (String id : chosenAll) {
					Integer ordinal = pool.get(id);
					if (ordinal != null) {
						staffedTasks[ordinal]++;
					}
				}
			}
		}
	}

	private void same(String path, String expected, String found) {
		if (!expected.equals(found)) {
			differ(path, quote(expected), quote(found));
		}
	}

	private void sameList(String path, List<String> expected, List<String> found) {
		if (expected.equals(found)) {
			return;
		}
		if (expected.size() <= WHOLE_LIST_LIMIT && found.size() <= WHOLE_LIST_LIMIT) {
			differ(path, list(expected), list(found));
			return;
		}
		int i = 0;
		while (i < expected.size() && i < found.size() && expected.get(i).equals(found.get(i))) {
			i++;
		}
		if (i < expected.size() && i < found.size()) {
			differ(path + "[" + i + "]", quote(expected.get(i)), quote(found.get(i)));
		}
		else {
			differ(path, expected.size() + " entries", found.size() + " entries");
		}
	}

	private void differ(String path, String expected, String found) {
		differences.add(new VerificationReport.Difference(path, "expected " + expected + " found " + found));
	}

	private static String firstDisorder(List<String> ids) {
		for (int i = 1; i < ids.size(); i++) {
			if (Utf8Order.compare(ids.get(i - 1), ids.get(i)) >= 0) {
				return quote(ids.get(i)) + " at [" + i + "] after " + quote(ids.get(i - 1));
			}
		}
		return "?";
	}

	private static String list(List<String> ids) {
		return ids.stream().map(DrawVerifier::quote).collect(Collectors.joining(", ", "[", "]"));
	}

	static String quote(@Nullable String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder();
		DrawRecordJson.string(out, s);
		return out.toString();
	}

}
