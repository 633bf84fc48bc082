package org.weijian.inspection.pool;

/** One subject of a frozen object pool, with the tier it had and the stratum it is drawn in. */
record FrozenObject(long subjectId, String name, String regionCode, String categoryCode, String tier, String tierSource,
		String stratum) {
}
