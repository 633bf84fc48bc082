package org.weijian.inspection.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The published draw record (抽取记录), algorithm {@code weijian-draw/1}: everything a third party needs to
 * recompute the draw. Its JSON ({@link #toJson()}) has exactly the fields of issue 4 in a fixed order, plus
 * {@code inspector_pool}, the sorted ids of the frozen inspector pool:
 * {@code id, algorithm, plan, sources, key, pool_digest, inspector_pool_digest, inspector_pool, strata, tasks}.
 */
public record DrawRecord(String id, String algorithm, Map<String, Object> plan, List<EntropySource> sources, String key,
		String poolDigest, String inspectorPoolDigest, List<String> inspectorPool, List<Stratum> strata, List<Task> tasks) {

	public static final String ALGORITHM = "weijian-draw/1";

	public static final String STAFFED = "STAFFED";

	public static final String UNSTAFFED = "UNSTAFFED";

	public DrawRecord {
		sources = List.copyOf(sources);
		inspectorPool = List.copyOf(inspectorPool);
		strata = List.copyOf(strata);
		tasks = List.copyOf(tasks);
	}

	/** One stratum: tier ({@code A}…{@code D} or {@code ALL}), ratio as a plain decimal string, sorted candidates, k, selected ids in selection order. */
	public record Stratum(String tier, String ratio, List<String> candidates, int k, List<String> selected) {

		public Stratum {
			candidates = List.copyOf(candidates);
			selected = List.copyOf(selected);
		}

	}

	/** One task: number, object, one draw per department (or one), {@code STAFFED}/{@code UNSTAFFED} and the reason. */
	public record Task(int index, String object, List<Draw> draws, String status, @Nullable String reason) {

		public Task {
			draws = List.copyOf(draws);
		}

		public boolean staffed() {
			return STAFFED.equals(status);
		}

	}

	/** One RFC 3797 draw of inspectors: its key, the eligible ids sorted, how many were required, the chosen ids in order ({@code []} when too few). */
	public record Draw(String key, List<String> eligible, int count, List<String> chosen) {

		public Draw {
			eligible = List.copyOf(eligible);
			chosen = List.copyOf(chosen);
		}

	}

	/** The tasks with their object's stratum and every chosen inspector, as the task module stores them. */
	public List<DrawnAssignment> assignments() {
		List<DrawnAssignment> out = new ArrayList<>(tasks.size());
		java.util.Map<String, String> stratumOf = new java.util.HashMap<>();
		for (Stratum s : strata) {
			for (String id : s.selected()) {
				stratumOf.put(id, s.tier());
			}
		}
		for (Task t : tasks) {
			List<String> chosen = new ArrayList<>();
			if (t.staffed()) {
				t.draws().forEach(d -> chosen.addAll(d.chosen()));
			}
			String stratum = stratumOf.get(t.object());
			if (stratum == null) {
				throw new IllegalStateException("task " + t.index() + " names object " + t.object() + " selected in no stratum");
			}
			out.add(new DrawnAssignment(t.index(), t.object(), stratum, chosen, t.staffed() ? null : t.reason()));
		}
		return out;
	}

	/** The record as published: UTF-8 JSON, fields in the fixed order, no floating-point numbers. */
	public byte[] toJson() {
		return DrawRecordJson.write(this);
	}

	/** Reads a published record strictly: unknown or missing fields, wrong types and floats are refused. */
	public static DrawRecord fromJson(byte[] json) {
		return DrawRecordJson.read(json);
	}

}
