package org.weijian.inspection.draw;

import java.util.Set;

/**
 * A member of a frozen object pool (抽查对象库): the subject's id (decimal string), its stratum ({@code A},
 * {@code B}, {@code C}, {@code D}, or {@code ALL} in a one-ratio plan), its region (division code) and its
 * subject category code.
 */
public record PoolObject(String id, String stratum, String regionCode, String categoryCode) {

	/** The strata in task-numbering order. */
	public static final java.util.List<String> STRATA = java.util.List.of("A", "B", "C", "D", "ALL");

	static final Set<String> VALID_STRATA = Set.copyOf(STRATA);

	public PoolObject {
		requireId(id, "object");
		if (!VALID_STRATA.contains(stratum)) {
			throw new IllegalArgumentException("stratum of object " + id + " is one of A, B, C, D, ALL: " + stratum);
		}
		if (regionCode == null || categoryCode == null) {
			throw new IllegalArgumentException("object " + id + " needs a region and a category");
		}
	}

	static void requireId(String id, String what) {
		if (id == null || id.isEmpty()) {
			throw new IllegalArgumentException("a " + what + " id is required");
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				throw new IllegalArgumentException("a " + what + " id contains no tab or line break: " + id);
			}
		}
	}

}
