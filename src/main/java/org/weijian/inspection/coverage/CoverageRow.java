package org.weijian.inspection.coverage;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One category in one county: operating subjects, how many distinct ones were inspected in the year,
 * and the share in per cent (one decimal; null when there are no subjects).
 */
public record CoverageRow(String categoryCode, String categoryName, String countyCode, String countyName, long subjects,
		long inspected, @Nullable BigDecimal percent) {
}
