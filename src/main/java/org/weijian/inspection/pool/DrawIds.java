package org.weijian.inspection.pool;

/**
 * The public id of a draw: the plan's series number and the version announced, e.g. {@code CJ-2026-0001-v1}.
 * Stable (it never changes once announced), readable on paper and not secret: every announced draw is
 * public anyway (ADR 0033).
 */
final class DrawIds {

	private DrawIds() {
	}

	static String of(String seriesNo, int version) {
		return seriesNo + "-v" + version;
	}

}
