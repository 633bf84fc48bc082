package org.weijian.monitoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

final class Decimals {

	private Decimals() {
	}

	/** At least {@code minScale} decimals, more only where the value needs them, never exponent notation. */
	static String plain(BigDecimal value, int minScale) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (minScale == 4) {
			return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
		}
		return stripped.scale() < minScale ? stripped.setScale(minScale).toPlainString() : stripped.toPlainString();
	}

	static BigDecimal of(Object value) {
		return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
	}

}
