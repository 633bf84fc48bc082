package org.weijian.inspection.coverage;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 全覆盖 progress for a year in a region (null: the caller's whole scope): per category and county, and
 * in total; {@code years} is the look-back of the "never inspected" list (ADR 0038).
 */
public record CoverageReport(int year, @Nullable String regionCode, int years, List<CoverageRow> rows, long subjects, long inspected,
		@Nullable BigDecimal percent, long neverInspected) {
}
