package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One stratum of a draw (抽查对象分层): {@code k = ceil(ratio × N)} computed exactly; all candidates in id
 * order when {@code k ≥ N}; otherwise the RFC 3797 selection with the stratum key
 * {@code K + "stratum:" + tier + "/"}.
 */
public final class StratumDraw {

	private StratumDraw() {
	}

	/** How many of {@code n} candidates a ratio with at most 4 decimal places selects. */
	public static int count(BigDecimal ratio, int n) {
		if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("a sampling ratio lies between 0 and 1: " + ratio.toPlainString());
		}
		if (ratio.stripTrailingZeros().scale() > 4) {
			throw new IllegalArgumentException("a sampling ratio has at most 4 decimal places: " + ratio.toPlainString());
		}
		return ratio.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
	}

	/**
	 * The selected candidate ids, in selection order. {@code candidates} may come in any order; they are
	 * sorted by UTF-8 bytes first, as the published algorithm says.
	 */
	public static List<String> select(String key, String tier, List<String> candidates, BigDecimal ratio) {
		List<String> sorted = candidates.stream().sorted(Utf8Order.COMPARATOR).toList();
		if (sorted.stream().distinct().count() != sorted.size()) {
			throw new IllegalArgumentException("candidate ids in a stratum must be unique");
		}
		int k = count(ratio, sorted.size());
		if (k >= sorted.size()) {
			return sorted;
		}
		return Rfc3797.select(sorted.size(), k, key + "stratum:" + tier + "/").stream().map(sorted::get).toList();
	}

}
