package org.weijian.region;

import org.jspecify.annotations.Nullable;

/**
 * 常住人口 — a division's resident population for per-capita figures: recorded for the division itself,
 * or, where none is recorded, the sum of its nearest recorded descendants.
 */
public record Population(long residents, @Nullable Integer year, Source source) {

	public enum Source {
		/** Entered for this division. */
		RECORDED,
		/** Summed from the nearest descendants that have a recorded figure. */
		SUM_OF_DESCENDANTS
	}

}
