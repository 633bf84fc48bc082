package org.weijian.inspection.plan;

import java.time.LocalDate;

/**
 * A named future entropy source (熵源) declared in the plan: e.g. a lottery result published on a date.
 * Its values are unknown when the plan is approved and announced; they are entered after
 * {@code availableOn} and key the draw in the plan's order.
 *
 * @param position 0-based order of the source in the key string
 * @param valueCount how many integers the source yields
 * @param minValue smallest allowed value (inclusive)
 * @param maxValue largest allowed value (inclusive)
 */
public record EntropySourceSpec(int position, String name, String description, LocalDate availableOn, int valueCount, long minValue,
		long maxValue) {
}
