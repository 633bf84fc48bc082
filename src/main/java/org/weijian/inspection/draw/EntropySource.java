package org.weijian.inspection.draw;

import java.util.List;

/**
 * One announced source of future randomness (熵源) with the integers it produced, e.g. a lottery draw's
 * numbers or a stock index close. The key string uses the values sorted ascending (RFC 3797 §4); the
 * record keeps them as entered.
 */
public record EntropySource(String name, List<Long> values) {

	public EntropySource {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an entropy source needs a name");
		}
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("entropy source " + name + " needs at least one value");
		}
		for (Long value : values) {
			if (value == null || value < 0) {
				throw new IllegalArgumentException("entropy values are non-negative integers: " + name + " " + value);
			}
		}
		values = List.copyOf(values);
	}

}
